// The one database client (lib/prisma-client.ts) on both databases: a transaction started while another
// holds the connection (on PGlite, always: it is one connection) waits its turn and runs. (The CI failure
// that raised PGlite's maxWait happened under a load this test does not make: it guards the waiting itself.)
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";

describe.each(TEST_DATABASES)("transactions on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("a transaction started while a 3-second one holds the connection waits for it and runs", { timeout: 30_000 }, async () => {
    const { db } = database.opened;
    const long = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT pg_sleep(3)::text AS slept`;
      return "long";
    }, { timeout: 10_000 });
    // Started once the long one holds the connection.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const waiting = db.$transaction(async (tx) => (await tx.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`)[0]!.one);
    await expect(Promise.all([long, waiting])).resolves.toEqual(["long", 1]);
  });
});
