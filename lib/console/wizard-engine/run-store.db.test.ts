// The run store every console wizard opens, saves and cancels its runs through (docs/decisions/032): one
// open run per server, answers merged page by page, a save or a cancel taken once, a run resumed as saved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLicenseServer } from "@/prisma/factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { cancelRun, openRun, openRunOf, saveRun } from "./run-store";

describe.each(TEST_DATABASES)("the wizards' run store on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  const answersOf = async (runId: string) => (await database.opened.db.wizardRun.findUniqueOrThrow({ where: { id: runId } })).answers;

  it("opens one run per server, of any wizard", async () => {
    const { db } = database.opened;
    const server = await createLicenseServer(db, { activated: true });
    const run = await openRun(db, { serverId: server.id, kind: "INSTALL_LICENSES", step: "INSTALL_OBTAIN_KEY_PACK", answers: { connectionMethod: "WEB_BROWSER" } });
    expect(run).not.toBeNull();
    expect(await openRun(db, { serverId: server.id, kind: "MANAGE_CALS", step: "ACTION_SELECTION" })).toBeNull();
    // Resume: the server's open run reads back as this wizard's, and as another's for the others.
    const active = await db.wizardRun.findFirstOrThrow({ where: { activeServerId: server.id }, select: { id: true, kind: true, step: true } });
    expect(openRunOf(active, "INSTALL_LICENSES")).toEqual({ run: { id: run!.id, kind: "INSTALL_LICENSES", step: "INSTALL_OBTAIN_KEY_PACK" }, otherWizard: null });
    expect(openRunOf(active, "MANAGE_CALS")).toEqual({ run: null, otherWizard: "INSTALL_LICENSES" });
    expect(openRunOf(null, "MANAGE_CALS")).toEqual({ run: null, otherWizard: null });
  });

  it("merges each page's answers into the run's, and forgets the keys a page says", async () => {
    const { db } = database.opened;
    const server = await createLicenseServer(db, { activated: true });
    const run = (await openRun(db, { serverId: server.id, kind: "INSTALL_LICENSES", step: "INSTALL_LICENSE_PROGRAM", answers: { connectionMethod: "AUTOMATIC" } }))!;
    const save = (step: "INSTALL_LICENSE_INFORMATION" | "INSTALL_PRODUCT_VERSION", answers: object, forget?: string[]) =>
      saveRun(db, { runId: run.id, kind: "INSTALL_LICENSES", step, answers: answers as never, forget });
    // Two tabs saving different pages at once: both answers are kept.
    expect(await Promise.all([save("INSTALL_LICENSE_INFORMATION", { licenseProgram: "SELECT_LICENSE" }), save("INSTALL_LICENSE_INFORMATION", { credentials: [{ agreementNumber: "1234567" }] })])).toEqual([true, true]);
    expect(await answersOf(run.id)).toEqual({ connectionMethod: "AUTOMATIC", licenseProgram: "SELECT_LICENSE", credentials: [{ agreementNumber: "1234567" }] });
    expect(await save("INSTALL_PRODUCT_VERSION", { licenseProgram: "OPEN_LICENSE" }, ["credentials"])).toBe(true);
    expect(await answersOf(run.id)).toEqual({ connectionMethod: "AUTOMATIC", licenseProgram: "OPEN_LICENSE" });
    expect((await db.wizardRun.findUniqueOrThrow({ where: { id: run.id } })).step).toBe("INSTALL_PRODUCT_VERSION");
  });

  it("saves a Next once: a run elsewhere than `from`, of another kind or failing the wizard's `where` changes nothing", async () => {
    const { db } = database.opened;
    const server = await createLicenseServer(db, { activated: true });
    const run = (await openRun(db, { serverId: server.id, kind: "MANAGE_CALS", step: "ACTION_SELECTION" }))!;
    const next = { runId: run.id, kind: "MANAGE_CALS" as const, from: ["ACTION_SELECTION" as const], step: "REASON" as const, data: { action: "REBUILD" }, answers: { seen: 1 } };
    const [a, b] = await Promise.all([saveRun(db, next), saveRun(db, next)]);
    expect([a, b].sort()).toEqual([false, true]);
    expect(await saveRun(db, { ...next, from: undefined, kind: "INSTALL_LICENSES" })).toBe(false);
    expect(await saveRun(db, { ...next, from: undefined, where: { deletedAt: { not: null } } })).toBe(false);
    expect(await db.wizardRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ step: "REASON", action: "REBUILD", answers: { seen: 1 } });
  });

  it("cancels an open run once, with the wizard's event, and frees the server for another wizard", async () => {
    const { db } = database.opened;
    const server = await createLicenseServer(db, { activated: true });
    const run = (await openRun(db, { serverId: server.id, kind: "DEACTIVATE_SERVER", step: "DEACTIVATE_CONNECTION_METHOD" }))!;
    const cancel = { serverId: server.id, runId: run.id, kind: "DEACTIVATE_SERVER" as const, event: { eventId: 90, message: "cancelled" } };
    // The wizard's own condition first: a rebuild past its deletion is not cancelled.
    expect(await cancelRun(db, { ...cancel, where: { deletedAt: { not: null } } })).toBe(false);
    expect((await Promise.all([cancelRun(db, cancel), cancelRun(db, cancel)])).sort()).toEqual([false, true]);
    expect(await db.serverEvent.count({ where: { serverId: server.id, eventId: 90 } })).toBe(1);
    expect(await db.wizardRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "CANCELLED", activeServerId: null });
    expect(await saveRun(db, { runId: run.id, kind: "DEACTIVATE_SERVER", step: "DEACTIVATE_CONTACT" })).toBe(false);
    expect(await openRun(db, { serverId: server.id, kind: "MANAGE_CALS", step: "ACTION_SELECTION" })).not.toBeNull();
  });
});
