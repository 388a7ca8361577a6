// The Install Licenses Wizard's claim before it calls the Clearinghouse (docs/decisions/023): of two
// simultaneous Nexts one claims the run; a released claim, or one older than its lease, may be taken again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerWithPacks, openInstallLicensesRun } from "@/prisma/console-factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { CLAIM_MS, claimForRequest, releaseClaim } from "./mutations";

describe.each(TEST_DATABASES)("claiming an Install Licenses run for one call on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  it("lets one of two simultaneous Nexts call, again after a release or once the lease is over", async () => {
    const { db } = database.opened;
    const server = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
    const run = await openInstallLicensesRun(db, server, "INSTALL_PRODUCT_VERSION", { connectionMethod: "AUTOMATIC", licenseProgram: "SELECT_LICENSE", credentials: [{ agreementNumber: "1234567" }] });
    const both = await Promise.all([claimForRequest(db, run.id), claimForRequest(db, run.id)]);
    expect(both.filter(Boolean)).toHaveLength(1);
    expect(await claimForRequest(db, run.id)).toBe(false);
    await releaseClaim(db, run.id);
    expect(await claimForRequest(db, run.id)).toBe(true);
    expect(await claimForRequest(db, run.id, new Date(Date.now() + CLAIM_MS + 1_000))).toBe(true);
    // The answers survive the claim and its release.
    await releaseClaim(db, run.id);
    expect((await db.wizardRun.findUniqueOrThrow({ where: { id: run.id } })).answers).toEqual({ connectionMethod: "AUTOMATIC", licenseProgram: "SELECT_LICENSE", credentials: [{ agreementNumber: "1234567" }] });
  });
});
