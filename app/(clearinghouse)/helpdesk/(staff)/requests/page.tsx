import Link from "next/link";
import { connection } from "next/server";
import { requireStaff } from "@/lib/auth/guards";
import { ALL_STATUSES, parseQueueParams, queueDateErrors, queueHref, type QueueParams } from "@/lib/helpdesk/queue-params";
import { getQueuePage } from "@/lib/helpdesk/queries";
import { COUNT_CAP } from "@/lib/helpdesk/queue-query";
import { RECOVERY_STATUSES } from "@/lib/helpdesk/labels";
import { describeSearch } from "@/lib/helpdesk/search-term";
import { QueueFilters } from "./_components/queue-filters";
import { QueueTable } from "./_components/queue-table";
import { QueueKeyboard } from "./_components/queue-keyboard";

export const metadata = { title: "Recovery requests" };

const countText = (n: number) => (n > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-US")}+` : n.toLocaleString("en-US"));

export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { staff } = await requireStaff({ returnTo: queueHref(parseQueueParams(await searchParams)) });
  const raw = await searchParams;
  const params = parseQueueParams(raw);
  const dateErrors = queueDateErrors(raw, params);
  const typed = Object.fromEntries((["from", "to"] as const).map((key) => [key, [raw[key]].flat()[0]?.slice(0, 40)]));
  const page = await getQueuePage(params);
  const now = new Date();
  const tabs: { value: QueueParams["status"]; label: string; count: string | null }[] = [...RECOVERY_STATUSES.map((s) => ({ value: s.value, label: s.label, count: countText(page.counts[s.value]) })), { value: ALL_STATUSES, label: "All statuses", count: null }];
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h1 className="text-2xl">Recovery requests</h1>
        <nav aria-label="Views of the queue">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
            {tabs.map((t) => (
              <li key={t.value}>
                <Link
                  href={queueHref(params, { status: t.value, after: undefined, before: undefined })}
                  aria-current={params.status === t.value ? "page" : undefined}
                  className="inline-block rounded border border-line px-2 py-1 no-underline aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-white"
                >
                  {t.label}
                  {t.count !== null ? <> <span className="font-semibold">{t.count}</span></> : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <QueueFilters key={queueHref(params) + JSON.stringify(typed)} params={params} dateErrors={dateErrors} typed={typed} />
      <div className="mt-2 flex flex-wrap justify-between gap-x-6 text-sm">
        <p role="status">
          {page.search ? <>Searching by {describeSearch(page.search)}. </> : null}
          {page.rows.length === 0 ? "No requests match." : `Showing ${page.rows.length} request${page.rows.length === 1 ? "" : "s"}.`}
          {page.rows.length === 0 && params.q && params.status !== ALL_STATUSES ? (
            <> <Link href={queueHref(params, { status: ALL_STATUSES, after: undefined, before: undefined })}>Search every status</Link></>
          ) : null}
        </p>
        <p className="text-muted">
          <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>?</kbd> all shortcuts
        </p>
      </div>
      {page.rows.length > 0 ? (
        <QueueKeyboard>
          <QueueTable rows={page.rows} showStatus={params.status === ALL_STATUSES} now={now} staffId={staff.id} />
        </QueueKeyboard>
      ) : null}
      <nav aria-label="Pages of requests" className="mt-3 flex gap-6">
        {page.previousCursor ? <Link href={queueHref(params, { before: page.previousCursor, after: undefined })}>Previous page</Link> : null}
        {page.nextCursor ? <Link href={queueHref(params, { after: page.nextCursor, before: undefined })}>Next page</Link> : null}
      </nav>
    </>
  );
}
