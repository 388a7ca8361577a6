// A class's scores as CSV (lib/csv.ts): one row per run, from the same records as the live view.
import { connection } from "next/server";
import { guardRoute } from "@/lib/auth/guards";
import { toCsv } from "@/lib/csv";
import { getDb } from "@/lib/db";
import { isQueryableText } from "@/lib/forms/text";
import { classRuns, classWhere } from "@/lib/practice/classroom-store";
import { SCENARIOS } from "@/lib/practice/scenarios";

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  await connection();
  const guard = await guardRoute("TRAINER");
  if (!guard.ok) return guard.response;
  const { classId } = await params;
  const db = await getDb();
  const found = isQueryableText(classId) ? await db.practiceClass.findFirst({ where: classWhere(classId, guard.session.staff), select: { id: true, joinCode: true } }) : null;
  if (!found) return new Response("No such class.", { status: 404 });
  const rows = (await classRuns(db, { classId: found.id })).flatMap((t) =>
    t.runs.map((r) => ({
      Trainee: t.displayName,
      Scenario: SCENARIOS[r.scenario].title,
      Procedure: SCENARIOS[r.scenario].procedure,
      "License server": r.serverName,
      Started: r.startedAt.toISOString(),
      Finished: r.finished ? "Yes" : "No",
      "Minutes to the goal": r.minutes ?? "",
      "Mistakes refused": r.mistakes.length,
      "Hints opened": r.hints,
      Score: r.score,
    })),
  );
  return new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="class-${found.joinCode}-scores.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
