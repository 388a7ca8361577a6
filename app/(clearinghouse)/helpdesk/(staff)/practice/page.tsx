// The trainer's view (supervisors): the practice license servers in use and how far each trainee got in the
// procedure, from the wizard runs and the web site's drafts and requests for each server's ID.
import { connection } from "next/server";
import { requireTrainer } from "@/lib/auth/guards";
import { PageHeader } from "@/components/helpdesk/page-header";
import { AutoRefresh } from "@/components/practice/auto-refresh";
import { PracticeProgressTable } from "@/components/practice/practice-progress-table";
import { cleanUpExpiredPracticeServers } from "@/lib/practice/cleanup";
import { listPracticeProgress } from "@/lib/practice/queries";

export const metadata = { title: "Practice servers" };

export default async function PracticeServersPage() {
  await connection();
  await requireTrainer();
  await cleanUpExpiredPracticeServers();
  const rows = await listPracticeProgress();
  return (
    <>
      <PageHeader
        title="Practice servers"
        lead="Trainees' practice license servers in use, and how far each got in “To rebuild the RD Licensing database by using a Web browser”."
      />
      <AutoRefresh seconds={5} />
      {rows.length === 0 ? <p className="mt-6">No practice servers are in use.</p> : <PracticeProgressTable rows={rows} />}
    </>
  );
}
