// Practice servers that start not activated (issue 16): no License Server ID and no RDS CALs, but purchases of
// their own; Reset returns to that state, also after the trainee activated it; an activated start is on the
// Clearinghouse's records, and removal takes the record with the server.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { removeExpiredPracticeServers, resetPracticeServer, startPracticeServer } from "./store";

describe.each(TEST_DATABASES)("practice servers' starting state on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("starts not activated when asked, and Reset keeps that start", async () => {
    const { db } = database.opened;
    const owner = randomUUID();
    const { id } = await startPracticeServer(db, owner, 24, new Date(), { activated: false });
    const read = () => db.licenseServer.findUniqueOrThrow({ where: { id }, include: { _count: { select: { keyPacks: true, entitlements: true, events: true } } } });
    expect(await read()).toMatchObject({ activated: false, licenseServerId: null, company: null, _count: { keyPacks: 0, events: 0 } });
    expect((await read())._count.entitlements).toBeGreaterThan(0);
    // The trainee activates it, then resets.
    await db.licenseServer.update({ where: { id }, data: { activated: true, licenseServerId: generateLicenseServerId() } });
    expect(await resetPracticeServer(db, id, owner)).toBe(true);
    expect(await read()).toMatchObject({ activated: false, licenseServerId: null, _count: { keyPacks: 0 } });
  });

  it("records an activated start with the Clearinghouse, and removal takes the record", async () => {
    const { db } = database.opened;
    const { id } = await startPracticeServer(db, randomUUID(), 24);
    const server = await db.licenseServer.findUniqueOrThrow({ where: { id } });
    expect(await db.clearinghouseLicenseServer.findUnique({ where: { productId: server.productId } })).toMatchObject({ licenseServerId: server.licenseServerId, status: "ACTIVE" });
    await db.licenseServer.update({ where: { id }, data: { practiceExpiresAt: new Date(Date.now() - 1000) } });
    expect(await removeExpiredPracticeServers(db)).toBeGreaterThanOrEqual(1);
    expect(await db.clearinghouseLicenseServer.findUnique({ where: { productId: server.productId } })).toBeNull();
  });
});
