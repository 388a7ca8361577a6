// The lifecycle wizards' last Next (docs/decisions/021-activation-lifecycle.md): the server's change, its
// event and the run's end in one transaction, once; a run whose server changed meanwhile changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLicenseServer } from "@/prisma/factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { openRun, saveRun } from "../wizard-engine/run-store";
import { completeLifecycle } from "./mutations";

describe.each(TEST_DATABASES)("completing a lifecycle wizard on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  const activation = (serverId: string, runId: string, licenseServerId: string) => ({
    serverId,
    runId,
    kind: "ACTIVATE_SERVER" as const,
    fromStep: "ACTIVATE_LICENSE_SERVER" as const,
    answers: {},
    serverWhere: { activated: false },
    serverData: { activated: true, licenseServerId, activatedAt: new Date() },
    eventId: 44,
    message: "activated",
  });

  it("activates once: a second Next for the same page is a replay that changes nothing", async () => {
    const { db } = database.opened;
    const server = await createLicenseServer(db, { activated: false });
    const run = (await openRun(db, { serverId: server.id, kind: "ACTIVATE_SERVER", step: "ACTIVATE_CONNECTION_METHOD", answers: { connectionMethod: "WEB_BROWSER" } }))!;
    expect(await openRun(db, { serverId: server.id, kind: "REACTIVATE_SERVER", step: "REACTIVATE_CONNECTION_METHOD", answers: {} })).toBeNull();
    expect(await saveRun(db, { runId: run.id, kind: "ACTIVATE_SERVER", step: "ACTIVATE_LICENSE_SERVER", answers: { firstName: "Alex" } })).toBe(true);
    const [a, b] = await Promise.all([
      completeLifecycle(db, activation(server.id, run.id, generateLicenseServerId())),
      completeLifecycle(db, activation(server.id, run.id, generateLicenseServerId())),
    ]);
    expect([a, b].sort()).toEqual(["done", "replay"]);
    const after = await db.licenseServer.findUniqueOrThrow({ where: { id: server.id }, include: { events: true, wizardRuns: true } });
    expect(after.activated).toBe(true);
    expect(after.events.filter((e) => e.eventId === 44)).toHaveLength(1);
    expect(after.wizardRuns[0]).toMatchObject({ status: "FINISHED", step: "ACTIVATE_COMPLETED", activeServerId: null, answers: { connectionMethod: "WEB_BROWSER", firstName: "Alex" } });
  });

  it("rolls the run back when the server was activated meanwhile", async () => {
    const { db } = database.opened;
    const server = await createLicenseServer(db, { activated: false });
    const run = (await openRun(db, { serverId: server.id, kind: "ACTIVATE_SERVER", step: "ACTIVATE_LICENSE_SERVER", answers: {} }))!;
    await db.licenseServer.update({ where: { id: server.id }, data: { activated: true, licenseServerId: generateLicenseServerId() } });
    expect(await completeLifecycle(db, activation(server.id, run.id, generateLicenseServerId()))).toBe("server-changed");
    expect(await db.wizardRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "IN_PROGRESS" });
    expect(await db.serverEvent.count({ where: { serverId: server.id } })).toBe(0);
  });
});
