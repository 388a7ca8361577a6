// The supervisor's overview on both real databases: per-day counts (received, sent to review, approved,
// rejected) in the right UTC day, the median and 90th percentile of the time to a decision, the oldest
// request waiting, overrides in the period, and practice servers' requests left out.
import { describe, expect, it } from "vitest";
import { createLicenseServer } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { getOverview, OVERVIEW_DAYS } from "./overview";

const NOW = new Date("2031-03-14T12:00:00.000Z");
const at = (iso: string) => new Date(`${iso}Z`);

describe.each(TEST_DATABASES)("getOverview on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("counts each day's requests and decisions, times the decisions, and finds the oldest waiting", async () => {
    const { db, sql } = database.opened;
    const decided = async (status: "APPROVED" | "REJECTED", created: string, decidedAt: string) => {
      const request = await createRecoveryRequest(db, { status, createdAt: at(created) });
      await db.recoveryRequest.update({ where: { id: request.id }, data: { decidedAt: at(decidedAt) } });
    };
    // Before the period: neither received nor decided in it.
    await createRecoveryRequest(db, { status: "ISSUED", createdAt: at("2031-02-01T10:00:00") });
    await createRecoveryRequest(db, { status: "ISSUED", createdAt: at("2031-03-13T23:59:59") });
    await createRecoveryRequest(db, { status: "ISSUED", createdAt: at("2031-03-14T00:00:00") });
    const oldest = await createRecoveryRequest(db, { status: "AWAITING_REVIEW", createdAt: at("2031-03-12T08:00:00") });
    await createRecoveryRequest(db, { status: "AWAITING_REVIEW", createdAt: at("2031-03-13T08:00:00") });
    await decided("APPROVED", "2031-03-13T09:00:00", "2031-03-13T09:30:00"); // 30 min
    await decided("APPROVED", "2031-03-13T10:00:00", "2031-03-14T10:00:00"); // 24 h
    await decided("REJECTED", "2031-03-14T01:00:00", "2031-03-14T03:00:00"); // 2 h
    // A practice server's requests are not counted.
    const practice = await createLicenseServer(db, { practiceOwner: "overview-test" });
    await createRecoveryRequest(db, { status: "AWAITING_REVIEW", targetLicenseServerId: practice.licenseServerId, createdAt: at("2031-03-01T00:00:00") });
    await db.auditLog.create({ data: { action: "request.override", entityType: "RecoveryRequest", entityId: oldest.id, actorLabel: "Test", createdAt: at("2031-03-14T04:00:00") } });
    await db.auditLog.create({ data: { action: "request.override", entityType: "RecoveryRequest", entityId: oldest.id, actorLabel: "Test", createdAt: at("2031-02-14T04:00:00") } });

    const overview = await getOverview(sql, NOW);
    expect(overview.since).toEqual(at("2031-03-01T00:00:00"));
    expect(overview.days).toHaveLength(OVERVIEW_DAYS);
    expect(overview.days.at(-1)).toEqual({ day: "2031-03-14", received: 2, toReview: 1, approved: 1, rejected: 1 });
    expect(overview.days.at(-2)).toEqual({ day: "2031-03-13", received: 4, toReview: 3, approved: 1, rejected: 0 });
    expect(overview.days.at(-3)).toEqual({ day: "2031-03-12", received: 1, toReview: 1, approved: 0, rejected: 0 });
    expect(overview.days.slice(0, -3).every((d) => d.received + d.approved + d.rejected === 0)).toBe(true);
    expect(overview.decisions).toBe(3);
    expect(overview.medianMinutes).toBeCloseTo(120);
    expect(overview.p90Minutes).toBeCloseTo(120 + 0.8 * (1440 - 120));
    expect(overview.waiting).toBe(2);
    expect(overview.oldestWaiting).toEqual({ reference: oldest.reference, createdAt: oldest.createdAt });
    expect(overview.overrides).toBe(1);
  });
});
