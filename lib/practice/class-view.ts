// What the trainer's view and the trainee's page show of a class's runs: each run's score and marks
// (classroom-store.ts), and for the rebuild its step in the procedure, as the Procedure panel would show it
// (lib/procedure/progress.ts). A step seen for the first time is noted then, so the time per step comes
// from when the views saw each step (to within their refresh).
import "server-only";
import { getDb } from "@/lib/db";
import { positionLabel, STEP_COUNT } from "@/lib/procedure/location";
import { classRuns, noteStep } from "./classroom-store";
import { listPracticeProgress } from "./queries";
import { SCENARIOS } from "./scenarios";

export async function classView(classId: string, traineeId?: string, now = new Date()) {
  const db = await getDb();
  const [trainees, progress] = await Promise.all([
    classRuns(db, { classId, traineeId }, now),
    listPracticeProgress(now, { trainee: { classId, ...(traineeId ? { id: traineeId } : {}) }, practiceScenario: "rebuild-database" }),
  ]);
  const byServer = new Map(progress.map((p) => [p.id, p.progress]));
  const rows = [];
  for (const trainee of trainees) {
    const runs = [];
    for (const run of trainee.runs) {
      const rebuild = byServer.get(run.serverId);
      let where: string;
      let reached = 0;
      if (run.finished) {
        where = "Goal reached";
        reached = STEP_COUNT;
      } else if (rebuild?.position) {
        where = `${positionLabel(rebuild.position)} · ${rebuild.summary}`;
        reached = rebuild.position.current - 1;
        await noteStep(db, trainee.id, run.serverId, rebuild.position.current, positionLabel(rebuild.position));
      } else {
        where = rebuild ? rebuild.summary : `Working on: ${SCENARIOS[run.scenario].goal}`;
      }
      runs.push({ ...run, where, progress: run.finished ? 1 : reached / STEP_COUNT });
    }
    rows.push({ ...trainee, runs });
  }
  return rows;
}

export type ClassViewTrainee = Awaited<ReturnType<typeof classView>>[number];
