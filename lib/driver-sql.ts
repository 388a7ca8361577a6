// SQL statements sent straight to the driver adapter under the app's Prisma client: the same pg pool (or the
// same PGlite), so the same connections, limits and transactions' isolation, without Prisma's per-query
// work (query plan compile in Wasm, tracing spans, argument and result mapping: ~0.19 ms of CPU a
// statement, measured in docs/decisions/011). For the hot paths only (the web site's final submit and the
// helpdesk queue); everything else goes through Prisma. Statements are Prisma.sql templates, so values are always bound.
//
// Written against Prisma 6.19.3 with @prisma/adapter-pg 7.10.1 (driver-adapter-utils 7.10.1) and
// pglite-prisma-adapter 0.6.1 (driver-adapter-utils 6.10.1). The query and result types and the column type
// numbers are driver-adapter-utils' own (imported, not restated); lib/driver-sql.db.test.ts runs this module
// on both real adapters, so a change in what they send back fails it.
import { createHash } from "node:crypto";
import { ColumnTypeEnum, type ArgType, type SqlQuery, type SqlQueryable as AdapterQueryable } from "@prisma/driver-adapter-utils";
import { Prisma } from "@/generated/prisma/client";

/** The part of the adapter this module uses. */
export type SqlQueryable = Pick<AdapterQueryable, "queryRaw" | "executeRaw">;

export interface SqlRunner {
  /** Rows as objects by column name; json columns parsed, timestamps as Dates (UTC, as Prisma stores them). */
  query<T>(statement: Prisma.Sql): Promise<T[]>;
  /** The number of rows the statement changed. */
  execute(statement: Prisma.Sql): Promise<number>;
}

/** adapter-pg gives "2026-11-28T04:00:00.123+00:00", PGlite's adapter "2026-11-28 04:00:00.123": both UTC. */
function utcDate(text: string): Date {
  const iso = text.replace(" ", "T");
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`);
}

function decode(value: unknown, columnType: number | undefined): unknown {
  if (typeof value !== "string") return value;
  if (columnType === ColumnTypeEnum.Json) return JSON.parse(value);
  if (columnType === ColumnTypeEnum.DateTime) return utcDate(value);
  return value;
}

function scalarType(value: unknown): ArgType["scalarType"] {
  if (value instanceof Date) return "datetime";
  switch (typeof value) {
    case "string":
      return "string";
    case "bigint":
      return "bigint";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "boolean":
      return "boolean";
    default:
      return "unknown";
  }
}

function adapterQuery(statement: Prisma.Sql): SqlQuery {
  return {
    sql: statement.text,
    args: statement.values,
    argTypes: statement.values.map((value) => ({ scalarType: scalarType(Array.isArray(value) ? value[0] : value), arity: Array.isArray(value) ? "list" : "scalar" })),
  };
}

export function sqlRunner(adapter: SqlQueryable): SqlRunner {
  return {
    async query<T>(statement: Prisma.Sql) {
      const { columnNames, columnTypes, rows } = await adapter.queryRaw(adapterQuery(statement));
      return rows.map((row) => {
        const record: Record<string, unknown> = {};
        columnNames.forEach((name, i) => (record[name] = decode(row[i], columnTypes[i])));
        return record as T;
      });
    },
    execute: (statement) => adapter.executeRaw(adapterQuery(statement)),
  };
}

/** Statements whose text starts with this comment are prepared once per connection (PostgreSQL only). */
const PREPARED = "/* prepared */";

/** Marks a statement of fixed text (its values vary, its SQL does not) to be prepared once per connection. */
export function prepared(statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(PREPARED)} ${statement}`;
}

/**
 * For @prisma/adapter-pg's statementNameGenerator: a name for each marked statement, so PostgreSQL parses
 * and plans it once per connection instead of at every call. Only marked ones: their texts are a fixed few,
 * while other queries' texts vary with list lengths and would fill every connection with statements.
 */
export function preparedStatementName(query: { sql: string }): string | undefined {
  if (!query.sql.startsWith(PREPARED)) return undefined;
  return `rdls_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 24)}`;
}
