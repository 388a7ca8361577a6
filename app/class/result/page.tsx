// The trainee's result: each run's score, time, mistakes and hints, from the same records as the trainer's view.
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SCORE_RULE } from "@/lib/practice/classroom";
import { classView } from "@/lib/practice/class-view";
import { SCENARIOS } from "@/lib/practice/scenarios";
import { readTrainee } from "@/lib/practice/trainee-cookie";

export const metadata = { title: "Your result" };

export default async function ResultPage() {
  await connection();
  const trainee = await readTrainee();
  if (!trainee) redirect("/class");
  const [me] = await classView(trainee.class.id, trainee.id);
  const runs = me?.runs ?? [];
  const total = runs.reduce((sum, r) => sum + r.score, 0);
  return (
    <>
      <h1 className="text-2xl">Your result</h1>
      <p className="mt-1 text-muted break-words">
        {trainee.displayName} · {trainee.class.name}
      </p>
      {runs.length === 0 ? <p className="mt-4">You have not started a scenario yet.</p> : null}
      <ul className="mt-4 space-y-3">
        {runs.map((r) => (
          <li key={r.serverId} className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 className="text-lg">{SCENARIOS[r.scenario].title}</h2>
            <p className="mt-1">
              {r.finished ? `Goal reached in ${r.minutes} min.` : "Not finished yet."} Mistakes the app refused: {r.mistakes.length}. Hints opened: {r.hints}.
            </p>
            <p className="mt-1 font-semibold">Score: {r.score}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4 font-semibold">Total: {total} of {trainee.class.scenarios.length * 100}</p>
      <p className="mt-1 text-sm text-muted">{SCORE_RULE}</p>
      <p className="mt-6">
        <Link href="/class">Back to your class</Link>
      </p>
    </>
  );
}
