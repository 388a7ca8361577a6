// What the trainer's view and the trainee's page show of a class's runs: each run's score and marks
// (classroom-store.ts), and its step in its scenario's procedure, as the Procedure panel would show it
// (lib/procedure/progress.ts: the Web rebuild's own rules, the others' from their wizard's latest run). A
// step seen for the first time is noted then, so the time per step of every procedure comes from when the
// views saw each step (to within their refresh).
import "server-only";
import { getDb } from "@/lib/db";
import { STEP_COUNTS } from "@/lib/procedure/catalog";
import { positionLabel } from "@/lib/procedure/location";
import { procedureProgress, runFollows } from "@/lib/procedure/progress";
import { classRuns, noteStep } from "./classroom-store";
import { listPracticeProgress } from "./queries";
import { SCENARIOS } from "./scenarios";

export async function classView(classId: string, traineeId?: string, now = new Date()) {
  const db = await getDb();
  const [trainees, progress] = await Promise.all([
    classRuns(db, { classId, traineeId }, now),
    listPracticeProgress(now, { trainee: { classId, ...(traineeId ? { id: traineeId } : {}) } }),
  ]);
  const byServer = new Map(progress.map((p) => [p.id, p]));
  const rows = [];
  for (const trainee of trainees) {
    const runs = [];
    for (const run of trainee.runs) {
      const procedure = SCENARIOS[run.scenario].procedure;
      const found = byServer.get(run.serverId);
      // The Web rebuild has its own summary (the Web site's pages, the sets reinstalled); every other procedure the panel's rules.
      const rebuild = procedure === "rebuild-web" ? found?.progress : undefined;
      const position = rebuild ? rebuild.position : found ? procedureProgress(procedure, run.serverId, found.facts.runs.find((r) => runFollows(procedure, r)) ?? null, found.facts.web, found.facts.connectionMethod) : null;
      let where: string;
      let reached = 0;
      if (run.finished) {
        where = "Goal reached";
        reached = STEP_COUNTS[procedure];
      } else if (position) {
        where = rebuild ? `${positionLabel(position)} · ${rebuild.summary}` : positionLabel(position);
        reached = position.current - 1;
        await noteStep(db, trainee.id, run.serverId, position.current, positionLabel(position));
      } else {
        where = rebuild ? rebuild.summary : `Working on: ${SCENARIOS[run.scenario].goal}`;
      }
      runs.push({ ...run, where, progress: run.finished ? 1 : reached / STEP_COUNTS[procedure] });
    }
    rows.push({ ...trainee, runs });
  }
  return rows;
}

export type ClassViewTrainee = Awaited<ReturnType<typeof classView>>[number];
