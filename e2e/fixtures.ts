// Playwright fixtures: a Prisma client on the run's database (one per worker) so tests create their own
// data and check rows after a flow. Under E2E_DATABASE=pglite the app holds the folder and `db` is absent.
import { test as base, expect } from "@playwright/test";
import { openDatabase, type Database } from "@/lib/prisma-client";

export const test = base.extend<object, { db: Database }>({
  db: [
    async ({}, use) => {
      const url = process.env.DATABASE_URL ?? "";
      if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("This test reads the database directly: run it against PostgreSQL");
      const opened = await openDatabase(url);
      await use(opened.db);
      await opened.close();
    },
    { scope: "worker" },
  ],
});

export { expect };
