// A class, live (trainers and supervisors; a trainer sees their own classes only): the join link and code,
// and every trainee's runs, updating by itself (components/practice/auto-refresh.tsx).
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { headers } from "next/headers";
import { Notice, PageHeader } from "@/components/helpdesk/page-header";
import { AutoRefresh } from "@/components/practice/auto-refresh";
import { ClassRuns } from "@/components/practice/class-runs";
import { requireTrainer } from "@/lib/auth/guards";
import { requestIsHttps } from "@/lib/auth/client-address";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format/date";
import { isQueryableText } from "@/lib/forms/text";
import { classWhere } from "@/lib/practice/classroom-store";
import { SCORE_RULE } from "@/lib/practice/classroom";
import { classView } from "@/lib/practice/class-view";
import { SCENARIOS, isScenarioId } from "@/lib/practice/scenarios";

export const metadata = { title: "Class" };

export default async function ClassPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ reset?: string; removed?: string }> }) {
  await connection();
  const { staff } = await requireTrainer();
  const { classId } = await params;
  const { reset, removed } = await searchParams;
  if (!isQueryableText(classId)) notFound();
  const db = await getDb();
  const found = await db.practiceClass.findFirst({ where: classWhere(classId, staff), select: { id: true, name: true, joinCode: true, scenarios: true, expiresAt: true } });
  if (!found) notFound();
  const now = new Date();
  const trainees = await classView(found.id, undefined, now);
  const head = await headers();
  const joinLink = `${requestIsHttps(head) ? "https" : "http"}://${head.get("host") ?? "localhost"}/class?code=${found.joinCode}`;
  return (
    <>
      <PageHeader
        title={found.name}
        lead={`Ends ${formatDateTime(found.expiresAt)}: joining closes and the practice servers are removed then.`}
        actions={<a href={`/helpdesk/classes/${found.id}/scores.csv`} download>Download the scores (CSV)</a>}
      />
      {reset ? <Notice>{reset} was reset to its starting state.</Notice> : null}
      {removed ? <Notice>{removed} was removed with all its data.</Notice> : null}
      <section aria-labelledby="join-heading" className="mt-6 rounded-lg border border-line bg-surface p-4 shadow-sm">
        <h2 id="join-heading" className="text-lg">How trainees join</h2>
        <p className="mt-2">
          Class code: <strong className="font-mono text-xl tracking-widest" data-testid="join-code">{found.joinCode}</strong>
        </p>
        <p className="mt-1 break-all">
          Join link: <a href={joinLink}>{joinLink}</a>
        </p>
        <p className="mt-2 text-sm text-muted">Scenarios: {found.scenarios.filter(isScenarioId).map((id) => SCENARIOS[id].title).join("; ")}.</p>
        <p className="mt-1 text-sm text-muted">Score: {SCORE_RULE}</p>
      </section>
      <h2 className="mt-8 text-xl">Trainees ({trainees.length})</h2>
      <AutoRefresh seconds={5} />
      {trainees.length === 0 ? <p className="mt-4">Nobody has joined yet.</p> : <ClassRuns classId={found.id} trainees={trainees} now={now} />}
    </>
  );
}
