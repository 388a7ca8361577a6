// Time per step for every scenario's procedure (issue 31), not only the Web rebuild: the trainer's view places
// a trainee's run of another wizard in its procedure (lib/procedure/progress.ts procedureProgress), notes each
// step when first seen, and the run's time per step lists them.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { classWithTrainees } from "@/prisma/practice-factories";
import { openLifecycleRun } from "@/prisma/console-factories";

const request = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/db", () => ({ getDb: async () => request.db, getSql: async () => Promise.reject(new Error("no SQL runner in this test")) }));

const { classView } = await import("./class-view");
const { startScenario } = await import("./classroom-store");

describe.each(TEST_DATABASES)("the trainer's view of any procedure on $label", ({ open }) => {
  const database = databaseForSuite(open);
  beforeAll(() => {
    request.db = database.opened.db;
  });

  it("activate by telephone: the wizard's page is its step, and each step seen is timed", async () => {
    const { db } = database.opened;
    const { classId, trainees: [ivo] } = await classWithTrainees(db, ["activate-telephone"], ["Ivo"]);
    const server = (await startScenario(db, ivo!, "activate-telephone"))!;

    const where = async () => (await classView(classId))[0]!.runs[0]!;
    expect((await where()).where).toBe("Working on: The license server is activated, with the Telephone connection method.");
    const run = await openLifecycleRun(db, server, "ACTIVATE_SERVER", "ACTIVATE_CONNECTION_METHOD");
    expect(await where()).toMatchObject({ where: "Step 4 of 7", progress: 3 / 7 });
    await db.wizardRun.update({ where: { id: run.id }, data: { step: "ACTIVATE_LICENSE_SERVER" } });
    await where();
    const last = await where();
    expect(last).toMatchObject({ where: "Step 5 of 7" });
    // Each step once, in order, with its time (the last one until now).
    expect(last.steps.map((s) => [s.step, s.label])).toEqual([
      [4, "Step 4 of 7"],
      [5, "Step 5 of 7"],
    ]);
    expect(last.steps.every((s) => s.seconds >= 0)).toBe(true);
  });
});
