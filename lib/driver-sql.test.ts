import { describe, expect, it } from "vitest";
import { ColumnTypeEnum, type ColumnType } from "@prisma/driver-adapter-utils";
import { Prisma } from "@/generated/prisma/client";
import { prepared, preparedStatementName, sqlRunner, type SqlQueryable } from "./driver-sql";

/** An adapter that records what it was sent and answers with a fixed result set. */
function fakeAdapter(result: { columnNames: string[]; columnTypes: ColumnType[]; rows: unknown[][] }) {
  const sent: Parameters<SqlQueryable["queryRaw"]>[0][] = [];
  const adapter: SqlQueryable = {
    queryRaw: async (query) => (sent.push(query), result),
    executeRaw: async (query) => (sent.push(query), 1),
  };
  return { adapter, sent };
}

describe("sqlRunner", () => {
  it("sends the template's text with bound values and their types", async () => {
    const { adapter, sent } = fakeAdapter({ columnNames: [], columnTypes: [], rows: [] });
    const at = new Date("2026-11-28T04:00:00.000Z");
    await sqlRunner(adapter).execute(Prisma.sql`UPDATE t SET a = ${"x"}, b = ${3}, c = ${10n}, d = ${at}, e = ${["p", "q"]}`);
    expect(sent[0]!.sql).toBe("UPDATE t SET a = $1, b = $2, c = $3, d = $4, e = $5");
    expect(sent[0]!.args).toEqual(["x", 3, 10n, at, ["p", "q"]]);
    expect(sent[0]!.argTypes.map((t) => `${t.scalarType}/${t.arity}`)).toEqual(["string/scalar", "int/scalar", "bigint/scalar", "datetime/scalar", "string/list"]);
  });

  it("names rows by column, parses json, and reads both adapters' timestamps as UTC", async () => {
    const { adapter } = fakeAdapter({
      columnNames: ["id", "facts", "pg", "pglite", "n"],
      columnTypes: [ColumnTypeEnum.Text, ColumnTypeEnum.Json, ColumnTypeEnum.DateTime, ColumnTypeEnum.DateTime, ColumnTypeEnum.Int32],
      rows: [["a", '{"recent":2}', "2026-11-28T04:05:06.789+00:00", "2026-11-28 04:05:06.789", 5]],
    });
    const [row] = await sqlRunner(adapter).query<Record<string, unknown>>(Prisma.sql`SELECT 1`);
    expect(row).toEqual({
      id: "a",
      facts: { recent: 2 },
      pg: new Date("2026-11-28T04:05:06.789Z"),
      pglite: new Date("2026-11-28T04:05:06.789Z"),
      n: 5,
    });
  });
});

describe("prepared statements", () => {
  it("names only marked statements, the same text the same name", () => {
    const marked = prepared(Prisma.sql`SELECT * FROM t WHERE id = ${"a"}`);
    const again = prepared(Prisma.sql`SELECT * FROM t WHERE id = ${"b"}`);
    expect(preparedStatementName({ sql: marked.text })).toMatch(/^rdls_[\w-]{24}$/);
    expect(preparedStatementName({ sql: again.text })).toBe(preparedStatementName({ sql: marked.text }));
    expect(preparedStatementName({ sql: prepared(Prisma.sql`SELECT 2`).text })).not.toBe(preparedStatementName({ sql: marked.text }));
    expect(preparedStatementName({ sql: Prisma.sql`SELECT * FROM t WHERE id = ${"a"}`.text })).toBeUndefined();
  });
});
