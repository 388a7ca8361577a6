// Revoke License (docs/decisions/037): 20% of the Per Device CALs of one version may stand revoked, the CAL is
// back in the pool at once, the limit says when the next one is allowed, Per User CALs, another server's CAL and
// made-up ids are refused, a second Revoke of one CAL finds the first's record, and two at once never pass the
// limit. A server this browser may not see never gets here: the action's guard refuses it
// (lib/practice/visibility.db.test.ts posts every console action at another browser's practice server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerWithPacks } from "@/prisma/console-factories";
import { createPracticeServerFor } from "@/prisma/practice-factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import type { VisibleServer } from "@/lib/practice/visibility";
import { resetPracticeServer } from "@/lib/practice/store";
import type { Database } from "@/lib/prisma-client";
import { readRevocationNotice, readRevokeView, revokeIssuedCal } from "./revoke-cal";
import { STANDS_WITHOUT_EXPIRY_DAYS } from "./revoke-rule";

/** What the action's guard (lib/actions/guards.ts visibleServer) hands the write: here the test stands in for it. */
const visible = (server: { id: string; name: string }) => ({ id: server.id, name: server.name }) as VisibleServer;
const DAY = 86_400_000;

async function perDeviceCals(db: Database, serverId: string, calType = "WS2019_PER_DEVICE" as const) {
  return db.issuedCal.findMany({ where: { serverId, installedKeyPack: { calType } }, orderBy: { issuedTo: "asc" }, select: { id: true, expiresOn: true, installedKeyPackId: true } });
}

describe.each(TEST_DATABASES)("Revoke License on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  it("revokes up to 20% of a version's Per Device CALs, each back in its pool at once, then says when the next is allowed", async () => {
    const { db } = database.opened;
    // 10 + 5 Per Device CALs of 2019 installed (limit 3), and 10 of 2022 (limit 2, counted apart).
    const server = await createServerWithPacks(db, {
      packs: [
        { calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 10, issued: 4 },
        { calType: "WS2019_PER_DEVICE", licenseProgram: "SELECT_LICENSE", quantity: 5, issued: 1 },
        { calType: "WS2022_PER_DEVICE", licenseProgram: "SELECT_LICENSE", quantity: 10, issued: 2 },
      ],
    });
    const cals = await perDeviceCals(db, server.id);
    expect(cals).toHaveLength(5);
    const now = new Date();

    const first = await revokeIssuedCal(db, visible(server), cals[0]!.id, now);
    expect(first).toMatchObject({ kind: "revoked", again: false });
    expect(await db.issuedCal.count({ where: { installedKeyPackId: cals[0]!.installedKeyPackId } })).toBe(cals.filter((c) => c.installedKeyPackId === cals[0]!.installedKeyPackId).length - 1);
    const revocation = await db.calRevocation.findUniqueOrThrow({ where: { issuedCalId: cals[0]!.id } });
    // It stands until the CAL would have expired.
    expect(revocation.standsUntil).toEqual(cals[0]!.expiresOn);
    expect(await db.serverEvent.count({ where: { serverId: server.id, eventId: 130 } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { entityType: "CalRevocation", entityId: revocation.id }, select: { action: true, actorLabel: true } })).toEqual({ action: "issued-cal.revoked", actorLabel: "Console" });

    expect(await revokeIssuedCal(db, visible(server), cals[1]!.id, now)).toMatchObject({ kind: "revoked" });
    expect(await revokeIssuedCal(db, visible(server), cals[2]!.id, now)).toMatchObject({ kind: "revoked" });
    const notice = await readRevocationNotice(db, visible(server), revocation.id, now);
    expect(notice?.allowance).toMatchObject({ installed: 15, limit: 3, standing: 3, remaining: 0 });

    // The fourth is refused: the earliest of the three to stop standing is when the next is allowed.
    const limited = await revokeIssuedCal(db, visible(server), cals[3]!.id, now);
    const earliest = new Date(Math.min(...cals.slice(0, 3).map((c) => c.expiresOn!.getTime())));
    expect(limited).toMatchObject({ kind: "limit", allowance: { remaining: 0, nextAllowedOn: earliest } });
    expect(await db.issuedCal.count({ where: { id: cals[3]!.id } })).toBe(1);
    expect(await db.calRevocation.count({ where: { serverId: server.id } })).toBe(3);

    // Another version has its own 20%.
    const [of2022] = await perDeviceCals(db, server.id, "WS2022_PER_DEVICE" as never);
    expect(await revokeIssuedCal(db, visible(server), of2022!.id, now)).toMatchObject({ kind: "revoked" });

    // Once the first stops standing, one more is allowed.
    const later = new Date(earliest.getTime() + 1000);
    expect(await revokeIssuedCal(db, visible(server), cals[3]!.id, later)).toMatchObject({ kind: "revoked" });
  });

  it("refuses Per User CALs, another server's CAL, made-up ids and a server gone since the guard saw it", async () => {
    const { db } = database.opened;
    const server = await createServerWithPacks(db, { packs: [{ calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 50, issued: 2 }, { calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 25, issued: 3 }] });
    const other = await createServerWithPacks(db, { packs: [{ calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 25, issued: 3 }] });
    const perUser = await db.issuedCal.findFirstOrThrow({ where: { serverId: server.id, installedKeyPack: { calType: "WS2022_PER_USER" } } });
    expect(await revokeIssuedCal(db, visible(server), perUser.id)).toEqual({ kind: "per-user" });
    expect((await readRevokeView(db, visible(server), perUser.id))?.allowance).toBeNull();

    const [otherCal] = await perDeviceCals(db, other.id);
    expect(await revokeIssuedCal(db, visible(server), otherCal!.id)).toEqual({ kind: "no-cal" });
    expect(await readRevokeView(db, visible(server), otherCal!.id)).toMatchObject({ cal: null, revocationId: null });
    expect(await revokeIssuedCal(db, visible(server), "00000000-0000-0000-0000-000000000000")).toEqual({ kind: "no-cal" });
    expect(await revokeIssuedCal(db, visible({ id: "not-a-server", name: "LS-GONE" }), otherCal!.id)).toEqual({ kind: "no-server" });

    // A practice server: revoked by its owner, and its reset takes the revocations with it.
    const practice = await createPracticeServerFor(db);
    const practiceCal = await db.issuedCal.findFirstOrThrow({ where: { serverId: practice.id, installedKeyPack: { calType: { in: ["WS2019_PER_DEVICE", "WS2022_PER_DEVICE", "WS2016_PER_DEVICE", "WS2025_PER_DEVICE", "WS2012_PER_DEVICE"] } } } });
    expect(await db.issuedCal.count({ where: { id: { in: [perUser.id, otherCal!.id] } } })).toBe(2);
    expect(await revokeIssuedCal(db, visible(practice), practiceCal.id)).toMatchObject({ kind: "revoked" });
    // Reset puts the practice server back with no revocations, and no audit entries of them left behind.
    const revocation = await db.calRevocation.findFirstOrThrow({ where: { serverId: practice.id } });
    expect(await resetPracticeServer(db, practice.id, practice.owner)).toBe(true);
    expect(await db.calRevocation.count({ where: { serverId: practice.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "CalRevocation", entityId: revocation.id } })).toBe(0);
  });

  it("makes one record of a double submit, and two at once never pass the limit", async () => {
    const { db } = database.opened;
    // 10 installed: limit 2.
    const server = await createServerWithPacks(db, { packs: [{ calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 10, issued: 5 }] });
    const cals = await perDeviceCals(db, server.id);
    const [a, b] = await Promise.all([revokeIssuedCal(db, visible(server), cals[0]!.id), revokeIssuedCal(db, visible(server), cals[0]!.id)]);
    expect([a, b].map((o) => o.kind)).toEqual(["revoked", "revoked"]);
    expect(a.kind === "revoked" && b.kind === "revoked" && a.revocationId === b.revocationId).toBe(true);
    expect(await db.calRevocation.count({ where: { serverId: server.id } })).toBe(1);

    const outcomes = await Promise.all(cals.slice(1).map((c) => revokeIssuedCal(db, visible(server), c.id)));
    expect(outcomes.filter((o) => o.kind === "revoked")).toHaveLength(1);
    expect(await db.calRevocation.count({ where: { serverId: server.id } })).toBe(2);
  });

  it("lets a CAL with no expiry date stand revoked for 89 days, and none be revoked where 20% is less than one", async () => {
    const { db } = database.opened;
    const server = await createServerWithPacks(db, { packs: [{ calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 5, issued: 2 }] });
    const small = await createServerWithPacks(db, { packs: [{ calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 4, issued: 2 }] });
    const [cal] = await perDeviceCals(db, server.id);
    await db.issuedCal.update({ where: { id: cal!.id }, data: { expiresOn: null } });
    const now = new Date();
    await revokeIssuedCal(db, visible(server), cal!.id, now);
    expect((await db.calRevocation.findUniqueOrThrow({ where: { issuedCalId: cal!.id } })).standsUntil).toEqual(new Date(now.getTime() + STANDS_WITHOUT_EXPIRY_DAYS * DAY));
    const [smallCal] = await perDeviceCals(db, small.id);
    expect(await revokeIssuedCal(db, visible(small), smallCal!.id)).toMatchObject({ kind: "limit", allowance: { limit: 0, nextAllowedOn: null } });
  });
});
