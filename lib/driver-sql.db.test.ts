// lib/driver-sql.ts against the two real driver adapters (adapter-pg on PostgreSQL, pglite-prisma-adapter on
// PGlite): what they send back for each column type the hot paths read, and how they take each kind of
// bound value. The unit test (driver-sql.test.ts) fakes an adapter; this one fails when a real one changes.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";

describe.each(TEST_DATABASES)("sqlRunner on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("decodes each column type as the hot paths read it", async () => {
    const at = new Date("2026-11-28T04:05:06.789Z");
    const [row] = await database.opened.sql.query<Record<string, unknown>>(Prisma.sql`
      SELECT ${at}::timestamp(3) AS "at", '{"recent":2,"list":[1]}'::json AS "json", '{"a":"b"}'::jsonb AS "jsonb",
        'text'::text AS "text", 5::int AS "int", 9007199254740993::bigint AS "bigint", 'WS2022_PER_USER'::"CalType" AS "enum",
        true AS "bool", NULL::text AS "none", count(*)::int AS "count"`);
    expect(row).toEqual({
      at,
      json: { recent: 2, list: [1] },
      jsonb: { a: "b" },
      text: "text",
      int: 5,
      bigint: "9007199254740993",
      enum: "WS2022_PER_USER",
      bool: true,
      none: null,
      count: 1,
    });
  });

  it("binds strings, integers, floats, bigints, booleans, dates and lists as their own types", async () => {
    const at = new Date("2026-11-28T04:00:00.000Z");
    const [row] = await database.opened.sql.query<Record<string, unknown>>(Prisma.sql`
      SELECT ${"x"}::text AS "s", ${7}::int + 1 AS "i", ${1.5}::float8 * 2 AS "f", (${2n ** 40n}::bigint + 1)::text AS "b", NOT ${false}::boolean AS "bool",
        (${at}::timestamp(3) + interval '1 second') AS "at", 'q' = ANY(${["p", "q"]}::text[]) AS "inList"`);
    expect(row).toEqual({ s: "x", i: 8, f: 3, b: "1099511627777", bool: true, at: new Date("2026-11-28T04:00:01.000Z"), inList: true });
  });

  it("counts the rows a statement changed", async () => {
    const { sql } = database.opened;
    const name = `driver-sql-${Math.random().toString(36).slice(2)}@clearinghouse.example`;
    const insert = Prisma.sql`INSERT INTO "StaffUser" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES (${name}, ${name}, 'x', 'AGENT', 'x', now())`;
    expect(await sql.execute(insert)).toBe(1);
    expect(await sql.execute(Prisma.sql`UPDATE "StaffUser" SET "name" = 'y' WHERE "id" = ${name} OR "id" = ${"none"}`)).toBe(1);
    expect(await sql.execute(Prisma.sql`DELETE FROM "StaffUser" WHERE "id" = ${"none"}`)).toBe(0);
  });
});
