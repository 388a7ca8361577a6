// Playwright fixtures: a Prisma client on the run's database (one per worker) so tests create their own
// data and check rows after a flow. Under E2E_DATABASE=pglite the app holds the folder and `db` is absent.
import { test as base, expect } from "@playwright/test";
import { openDatabase, type Database } from "@/lib/prisma-client";

export const test = base.extend<object, { db: Database }>({
  // Each test its own client address (the runner plays the one trusted proxy, scripts/e2e.ts), so the
  // per-address limits (sign-in, practice servers, the web site's lookups and drafts) count per test.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": testAddress() });
  },
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

/** A made-up client address (TEST-NET-2, 198.51.100.0/24 widened to 198.51.0.0/16). */
export function testAddress(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `198.51.${byte()}.${byte()}`;
}

export { expect };
