// One database for a `describe` block of a `*.db.test.ts` (prisma/test-databases.ts makes it): opened before
// its tests, dropped after. The block reads `database.opened` in its tests, once beforeAll has run.
import { afterAll, beforeAll } from "vitest";
import type { OpenedDatabase } from "@/lib/prisma-client";
import type { TestDatabase } from "./test-databases";

export function databaseForSuite(open: () => Promise<TestDatabase>): { readonly opened: OpenedDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());
  return {
    get opened() {
      if (!database) throw new Error("The test database is opened in beforeAll: read it inside a test.");
      return database.opened;
    },
  };
}
