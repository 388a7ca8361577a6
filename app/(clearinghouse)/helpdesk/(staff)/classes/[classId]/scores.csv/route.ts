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
  // Header and rows as arrays, so a class with no runs yet still downloads its header.
  const fields = ["Trainee", "Scenario", "Procedure", "License server", "Started", "Finished", "Minutes to the goal", "Mistakes refused", "Hints opened", "Score"];
  const data = (await classRuns(db, { classId: found.id })).flatMap((t) =>
    t.runs.map((r) => [
      t.displayName,
      SCENARIOS[r.scenario].title,
      SCENARIOS[r.scenario].procedure,
      r.serverName,
      r.startedAt.toISOString(),
      r.finished ? "Yes" : "No",
      r.minutes ?? "",
      r.mistakes.length,
      r.hints,
      r.score,
    ]),
  );
  return new Response(toCsv({ fields, data }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="class-${found.joinCode}-scores.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
