// Practice never trips a real server's limits (issue 31): the rule on recent recoveries for one License
// Server ID counts a practice server's recoveries as none, and still counts a shared server's.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPastRequests } from "@/prisma/clearinghouse-factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { RECENT_RECOVERY_LIMIT } from "@/lib/clearinghouse/entitlement-rules";
import { readRecoveryFacts } from "@/lib/clearinghouse/submit-sql";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { startPracticeServer } from "./store";

describe.each(TEST_DATABASES)("practice and the recoveries-per-day rule on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  it("counts no recoveries for a practice server, and every one for a shared server", async () => {
    const { db, sql } = database.opened;
    const since = new Date(Date.now() - 24 * 3_600_000);
    const { id } = await startPracticeServer(db, randomUUID(), 24);
    const practice = await db.licenseServer.findUniqueOrThrow({ where: { id }, include: { entitlements: true } });
    const purchase = practice.entitlements[0]!;
    await createPastRequests(db, practice.licenseServerId!, RECENT_RECOVERY_LIMIT + 1);
    const facts = await readRecoveryFacts(sql, purchase.licenseProgram, purchase.credential, practice.licenseServerId!, since);
    expect(facts.recent).toBe(0);
    const shared = generateLicenseServerId();
    await createPastRequests(db, shared, RECENT_RECOVERY_LIMIT);
    expect((await readRecoveryFacts(sql, purchase.licenseProgram, purchase.credential, shared, since)).recent).toBe(RECENT_RECOVERY_LIMIT);
  });
});
