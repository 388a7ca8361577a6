// The trainee's page (issue 31): join a class with its code and a name, then the class's scenarios, each on
// a practice server of their own (Start opens it in the console), with its goal, hints and progress.
import Link from "next/link";
import { connection } from "next/server";
import { OneButtonForm } from "@/components/practice/one-button-form";
import { JoinClassForm } from "@/components/practice/join-class-form";
import { formatDateTime } from "@/lib/format/date";
import { isQueryableText } from "@/lib/forms/text";
import { joinPracticeClassForm, openHintForm, startClassScenarioForm } from "@/lib/practice/classroom-actions";
import { classView } from "@/lib/practice/class-view";
import { SCENARIOS, isScenarioId } from "@/lib/practice/scenarios";
import { readTrainee } from "@/lib/practice/trainee-cookie";
import { PROCEDURES } from "@/lib/procedure/library";
import { getDb } from "@/lib/db";

export const metadata = { title: "Your class" };

export default async function ClassHomePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  await connection();
  const trainee = await readTrainee();
  if (!trainee) {
    const { code } = await searchParams;
    return (
      <>
        <h1 className="text-2xl">Join a class</h1>
        <p className="mt-2">Your trainer gives you a class code or a join link. No account is needed: the name you type is what your trainer sees.</p>
        <JoinClassForm action={joinPracticeClassForm} code={isQueryableText(code, 20) ? code : ""} />
      </>
    );
  }
  const [me] = await classView(trainee.class.id, trainee.id);
  const runs = new Map((me?.runs ?? []).map((r) => [r.scenario, r]));
  const hints = await (await getDb()).practiceMark.findMany({ where: { traineeId: trainee.id, kind: "HINT" }, orderBy: { createdAt: "asc" }, select: { serverId: true, detail: true } });
  return (
    <>
      <h1 className="text-2xl break-words">{trainee.class.name}</h1>
      <p className="mt-1 text-muted break-words">
        You are {trainee.displayName}. The class ends {formatDateTime(trainee.class.expiresAt)}.
      </p>
      <ol className="mt-6 space-y-4">
        {trainee.class.scenarios.filter(isScenarioId).map((id, index) => {
          const scenario = SCENARIOS[id];
          const run = runs.get(id);
          const shown = run ? hints.filter((h) => h.serverId === run.serverId) : [];
          return (
            <li key={id} id={run ? `run-${run.serverId}` : undefined} className="rounded-lg border border-line bg-surface p-4 shadow-sm">
              <h2 className="text-lg">
                {index + 1}. {scenario.title}
              </h2>
              <p className="mt-1">{scenario.brief}</p>
              <p className="mt-1 text-sm text-muted">Procedure: {PROCEDURES[scenario.procedure].title}. Goal: {scenario.goal}</p>
              {run ? (
                <p className="mt-2 font-semibold" role={run.finished ? "status" : undefined}>
                  {run.finished ? `Goal reached in ${run.minutes} min. Score ${run.score}.` : `On ${run.serverName}: ${run.where}`}
                </p>
              ) : null}
              {shown.length ? (
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {shown.map((h, i) => (
                    <li key={i}>Hint: {h.detail}</li>
                  ))}
                </ul>
              ) : null}
              <div className="mt-3 flex flex-wrap gap-2">
                <OneButtonForm action={startClassScenarioForm.bind(null, id)} label={run ? `Open ${run.serverName}` : "Start"} />
                {run && !run.finished && shown.length < scenario.hints.length ? (
                  <OneButtonForm action={openHintForm.bind(null, run.serverId, shown.length)} label={`Show a hint (${shown.length + 1} of ${scenario.hints.length})`} variant="secondary" />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="mt-6">
        <Link href="/class/result">Your result</Link>
      </p>
    </>
  );
}
