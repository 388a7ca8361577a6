import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { isUniqueViolation } from "./database-errors";

/** The error a write throws, or a failure when it does not throw. */
async function failure(write: () => Promise<unknown>): Promise<unknown> {
  try {
    await write();
  } catch (error) {
    return error;
  }
  throw new Error("The write did not fail");
}

describe.each(TEST_DATABASES)("isUniqueViolation on $label", ({ open }) => {
  const database = databaseForSuite(open);

  const email = () => `unique-${Math.random().toString(36).slice(2)}@clearinghouse.example`;
  const staff = (address: string) => ({ email: address, name: "Unique Test", role: "AGENT" as const, passwordHash: "x" });

  it("knows a unique index's refusal from a Prisma model call, a $queryRaw and a statement on the driver adapter", async () => {
    const { db, sql } = database.opened;
    const address = email();
    await db.staffUser.create({ data: staff(address) });
    const insert = (id: string) => Prisma.sql`INSERT INTO "StaffUser" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES (${id}, ${address}, 'x', 'AGENT', 'x', now())`;
    expect(isUniqueViolation(await failure(() => db.staffUser.create({ data: staff(address) })))).toBe(true);
    expect(isUniqueViolation(await failure(() => db.$queryRaw`${insert("a")} RETURNING 1`))).toBe(true);
    expect(isUniqueViolation(await failure(() => sql.execute(insert("b"))))).toBe(true);
  });

  it("is false for other failures", async () => {
    const { db, sql } = database.opened;
    expect(isUniqueViolation(await failure(() => db.staffUser.update({ where: { id: "missing" }, data: { name: "x" } })))).toBe(false);
    expect(isUniqueViolation(await failure(() => sql.execute(Prisma.sql`INSERT INTO "StaffUser" ("id") VALUES ('only-an-id')`)))).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
  });
});
