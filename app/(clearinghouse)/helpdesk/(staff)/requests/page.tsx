import Link from "next/link";
import { connection } from "next/server";
import { requireStaff } from "@/lib/auth/guards";
import { parseQueueParams, queueHref } from "@/lib/helpdesk/queue-params";
import { getQueuePage } from "@/lib/helpdesk/queries";
import { describeSearch } from "@/lib/helpdesk/search-term";
import { PageHeader } from "@/components/helpdesk/page-header";
import { QueueFilters } from "./_components/queue-filters";
import { QueueTable } from "./_components/queue-table";

export const metadata = { title: "Recovery requests" };

export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  await requireStaff({ returnTo: queueHref(parseQueueParams(await searchParams)) });
  const params = parseQueueParams(await searchParams);
  const page = await getQueuePage(params);
  return (
    <>
      <PageHeader
        title="Recovery requests"
        lead="Manage CALs requests from the Remote Desktop Services Licensing Web site."
        actions={
          <>
            <Link href={queueHref(parseQueueParams({}), { status: "AWAITING_REVIEW", sort: "oldest" })}>Awaiting review, oldest first</Link>
            <Link href="/helpdesk/requests">All requests</Link>
          </>
        }
      />
      <QueueFilters params={params} />
      <p className="mt-6" role="status">
        {page.search ? <>Searching by {describeSearch(page.search)}. </> : null}
        {page.rows.length === 0 ? "No requests match." : `Showing ${page.rows.length} request${page.rows.length === 1 ? "" : "s"}.`}
      </p>
      {page.rows.length > 0 ? <QueueTable rows={page.rows} /> : null}
      <nav aria-label="Pages of requests" className="mt-4 flex gap-6">
        {page.previousCursor ? <Link href={queueHref(params, { before: page.previousCursor, after: undefined })}>Previous page</Link> : null}
        {page.nextCursor ? <Link href={queueHref(params, { after: page.nextCursor, before: undefined })}>Next page</Link> : null}
      </nav>
    </>
  );
}
