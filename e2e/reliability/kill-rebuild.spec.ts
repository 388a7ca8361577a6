// The app process killed with SIGKILL in the middle of a rebuild, on a server of its own: inside the
// deletion transaction (held at its DELETE of the key packs by a row lock this test takes, then killed),
// and between the deletion and the reinstall. On restart the license server is untouched, or deleted and
// resumable from Obtain Client License Key Pack: never half.
import pg from "pg";
import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { createServerWithPacks, issueKeyPackFor, openRebuildRun } from "@/prisma/console-factories";
import { expectHandled, postAction } from "./support/server-actions";
import { startSecondServer } from "./support/second-server";

// Two app servers start per test; on a loaded 2-core machine the first action of a fresh server can take
// several seconds, so these tests get more time than the default.
test.describe.configure({ mode: "serial", timeout: 120_000 });

async function rebuildState(db: Database, serverId: string) {
  const [packs, cals, run, deletedEvents] = await Promise.all([
    db.installedKeyPack.count({ where: { serverId } }),
    db.issuedCal.count({ where: { serverId } }),
    db.wizardRun.findFirstOrThrow({ where: { serverId }, select: { step: true, status: true, deletedAt: true, deletedKeyPacks: true, deletedCals: true, activeServerId: true } }),
    db.serverEvent.count({ where: { serverId, eventId: 86 } }),
  ]);
  return { packs, cals, run, deletedEvents };
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test.describe("the app killed in the middle of a rebuild", () => {
  test("inside the deletion transaction: on restart the license server is untouched, and the rebuild runs", async ({ request, db }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "CONFIRM_DELETION");
    const before = await rebuildState(db, server.id);
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    const app = await startSecondServer();
    try {
      // Hold one key pack row, so the deletion transaction waits at its DELETE with its other changes made.
      await locker.query("BEGIN");
      await locker.query(`SELECT 1 FROM "InstalledKeyPack" WHERE "serverId" = $1 LIMIT 1 FOR UPDATE`, [server.id]);
      const posted = postAction(request, `${app.url}/console/servers/${server.id}/manage-cals/confirm-deletion`, "confirmDeletion", [server.id, { confirm: true }]).catch((e: unknown) => e);
      let settled: unknown = undefined;
      void posted.then((outcome) => (settled = outcome ?? "a response"));
      let waitingPid = 0;
      await until(async () => {
        // An action that answers without waiting never took the lock: say what it answered.
        if (settled !== undefined) throw new Error(`the deletion answered before waiting for the lock: ${settled instanceof Error ? settled.message : JSON.stringify(settled)}`);
        // The app's transaction, blocked by this test's lock (pg_stat_activity's query text lags behind
        // the extended protocol, so the blocking relation is what identifies it).
        const { rows } = await locker.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))`);
        waitingPid = rows[0]?.pid ?? 0;
        return waitingPid !== 0;
      }, "the deletion to wait for the key pack lock", 60_000);
      // Half done: the blocked transaction has already advanced the run and deleted the issued CALs.
      const { rows: written } = await locker.query<{ relname: string }>(
        `SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = $1 AND l.granted AND l.mode = 'RowExclusiveLock'`,
        [waitingPid],
      );
      expect(written.map((r) => r.relname)).toEqual(expect.arrayContaining(["WizardRun", "IssuedCal"]));
      await app.kill();
      await posted;
      await locker.query("ROLLBACK");
      // The killed server's backend finishes its DELETE, finds its client gone, and rolls everything back.
      await until(async () => (await locker.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [waitingPid])).rowCount === 0, "the orphaned backend to end");
      expect(await rebuildState(db, server.id)).toEqual(before);

      const restarted = await startSecondServer();
      try {
        const result = await postAction(request, `${restarted.url}/console/servers/${server.id}/manage-cals/confirm-deletion`, "confirmDeletion", [server.id, { confirm: true }]);
        expectHandled(result, "confirmDeletion");
        expect(result.redirect).toMatch(/\/manage-cals\/reinstalling/);
      } finally {
        await restarted.stop();
      }
      const after = await rebuildState(db, server.id);
      expect(after).toMatchObject({ packs: 0, cals: 0, deletedEvents: 1, run: { step: "REINSTALLING", deletedKeyPacks: before.packs, deletedCals: before.cals } });
    } finally {
      await app.kill();
      await locker.end();
    }
  });

  test("between the deletion and the reinstall: on restart the rebuild resumes and finishes", async ({ request, db, page }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "CONFIRM_DELETION");
    const before = await rebuildState(db, server.id);
    const app = await startSecondServer();
    const deleted = await postAction(request, `${app.url}/console/servers/${server.id}/manage-cals/confirm-deletion`, "confirmDeletion", [server.id, { confirm: true }]);
    expect(deleted.redirect).toMatch(/reinstalling/);
    await app.kill();
    expect(await rebuildState(db, server.id)).toMatchObject({ packs: 0, cals: 0, deletedEvents: 1, run: { step: "REINSTALLING", status: "IN_PROGRESS", activeServerId: server.id, deletedKeyPacks: before.packs, deletedCals: before.cals } });

    const restarted = await startSecondServer();
    try {
      // Opening the wizard again lands where the run is; then the reinstall goes on to the end.
      await page.goto(`${restarted.url}/console/servers/${server.id}/manage-cals`);
      await expect(page).toHaveURL(/\/manage-cals\/(reinstalling|obtain-key-pack)$/);
      const wizard = (step: string) => `${restarted.url}/console/servers/${server.id}/manage-cals/${step}`;
      expectHandled(await postAction(request, wizard("reinstalling"), "continueToObtain", [server.id]), "continueToObtain");
      const id = await issueKeyPackFor(db, server, { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 50 });
      expect((await postAction(request, wizard("obtain-key-pack"), "installKeyPack", [server.id, { licenseKeyPackId: id }])).redirect).toMatch(/reinstall-additional/);
      expect((await postAction(request, wizard("reinstall-additional"), "chooseAfterInstall", [server.id, { choice: "finish" }])).redirect).toMatch(/completed/);
    } finally {
      await restarted.stop();
    }
    expect(await rebuildState(db, server.id)).toMatchObject({ packs: 1, run: { step: "COMPLETED", status: "FINISHED", activeServerId: null } });
    expect(await db.serverEvent.count({ where: { serverId: server.id, eventId: 88 } })).toBe(1);
  });
});
