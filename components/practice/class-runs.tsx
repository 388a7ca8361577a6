// The trainer's live view of a class: one section per trainee, one card per run (a scenario's server), with
// where the trainee is, the mistakes the app refused, the hints opened, the time per step and the score, and
// Reset / Remove (each asks first on its own page). Cards, not a wide table, so a phone shows it whole.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/date";
import type { ClassViewTrainee } from "@/lib/practice/class-view";
import { SCENARIOS } from "@/lib/practice/scenarios";
import { PROCEDURES } from "@/lib/procedure/library";

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function browserCaught(mistakes: readonly { kind: string }[]): number {
  return mistakes.filter((m) => m.kind === "BROWSER_MISTAKE").length;
}

export function ClassRuns({ classId, trainees, now }: { classId: string; trainees: ClassViewTrainee[]; now: Date }) {
  return (
    <div className="mt-6 space-y-6">
      {trainees.map((trainee) => (
        <section key={trainee.id} aria-labelledby={`trainee-${trainee.id}`} className="rounded-lg border border-line bg-surface p-4 shadow-sm">
          <h2 id={`trainee-${trainee.id}`} className="text-lg break-words">{trainee.displayName}</h2>
          <p className="text-sm text-muted">Joined {formatDateTime(trainee.joinedAt)}</p>
          {trainee.runs.length === 0 ? <p className="mt-2">Has not started a scenario yet.</p> : null}
          <ul className="mt-3 grid gap-4 lg:grid-cols-2">
            {trainee.runs.map((run) => (
              <li key={run.serverId} className="min-w-0 rounded border border-line p-3" aria-label={`${trainee.displayName}: ${SCENARIOS[run.scenario].title}`}>
                <p className="font-semibold">{SCENARIOS[run.scenario].title}</p>
                <p className="text-sm text-muted">
                  {run.serverName} · {PROCEDURES[SCENARIOS[run.scenario].procedure].title}
                </p>
                <p className="mt-2" data-testid="run-where">{run.where}</p>
                <span aria-hidden="true" className="mt-1 block h-1.5 w-full max-w-48 rounded bg-chrome">
                  <span className="block h-1.5 rounded bg-accent" style={{ width: `${Math.round(run.progress * 100)}%` }} />
                </span>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="font-semibold">Mistakes refused</dt>
                  <dd data-testid="run-mistakes">
                    {run.mistakes.length}
                    {browserCaught(run.mistakes) ? ` (${browserCaught(run.mistakes)} caught in the browser)` : null}
                  </dd>
                  <dt className="font-semibold">Hints opened</dt>
                  <dd>{run.hints}</dd>
                  <dt className="font-semibold">Time</dt>
                  <dd>{run.minutes !== null ? `${run.minutes} min to the goal` : `${formatSeconds(Math.round((now.getTime() - run.startedAt.getTime()) / 1000))} so far`}</dd>
                  <dt className="font-semibold">Score</dt>
                  <dd>{run.finished ? run.score : "Not finished"}</dd>
                </dl>
                {run.mistakes.length ? (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer">The mistakes</summary>
                    <ol className="mt-1 list-decimal space-y-1 pl-5 break-words">
                      {run.mistakes.map((m, i) => (
                        <li key={i}>{m.detail}</li>
                      ))}
                    </ol>
                  </details>
                ) : null}
                {run.steps.length ? (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer">Time per step</summary>
                    <ol className="mt-1 space-y-1">
                      {run.steps.map((s, i) => (
                        <li key={i}>
                          {s.label}: {formatSeconds(s.seconds)}
                        </li>
                      ))}
                    </ol>
                  </details>
                ) : null}
                <p className="mt-3 flex flex-wrap gap-2">
                  <Link href={`/helpdesk/classes/${classId}/servers/${run.serverId}/reset`} prefetch={false} className={buttonClass("secondary")}>
                    Reset<span className="sr-only"> {run.serverName} of {trainee.displayName}</span>
                  </Link>
                  <Link href={`/helpdesk/classes/${classId}/servers/${run.serverId}/remove`} prefetch={false} className={buttonClass("secondary")}>
                    Remove<span className="sr-only"> {run.serverName} of {trainee.displayName}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
