// The supervisor's overview (issue 14): what came in and what staff decided per day, how long decisions
// take, the oldest request waiting and the overrides, for the last OVERVIEW_DAYS days. Charts are SVG
// drawn here on the server (components/charts/daily-bars.tsx): the page sends no script of its own.
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { requireSupervisor } from "@/lib/auth/guards";
import { getHelpdeskOverview } from "@/lib/helpdesk/queries";
import { OVERVIEW_DAYS } from "@/lib/helpdesk/overview";
import { COUNT_CAP } from "@/lib/helpdesk/queue-query";
import { formatAge, formatDuration } from "@/lib/helpdesk/format";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { PageHeader } from "@/components/helpdesk/page-header";
import { TableShell } from "@/components/helpdesk/table-shell";
import { DailyBars, type BarSeries } from "@/components/charts/daily-bars";

export const metadata = { title: "Overview" };

function Figure({ label, children, detail }: { label: string; children: ReactNode; detail?: ReactNode }) {
  return (
    <div className="rounded-lg border border-line bg-surface p-4 shadow-sm">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{children}</dd>
      {detail ? <dd className="mt-1 text-sm">{detail}</dd> : null}
    </div>
  );
}

function ChartSection({ title, days, series }: { title: string; days: readonly string[]; series: readonly BarSeries[] }) {
  const headingId = `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-lg">{title}</h2>
      <DailyBars title={title} days={days} series={series} />
    </section>
  );
}

const count = (n: number) => (n > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-US")}+` : n.toLocaleString("en-US"));

export default async function OverviewPage() {
  await connection();
  await requireSupervisor();
  const now = new Date();
  const o = await getHelpdeskOverview(now);
  const days = o.days.map((d) => d.day);
  const cell = "px-3 py-1.5 tabular-nums";
  return (
    <>
      <PageHeader
        title="Overview"
        lead={`The last ${OVERVIEW_DAYS} days, from ${formatDate(o.since)} (UTC); requests for practice servers are left out.`}
      />
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure
          label="Awaiting review now"
          detail={o.oldestWaiting ? <>Oldest: <Link href={`/helpdesk/requests/${o.oldestWaiting.reference}`} className="font-mono">{o.oldestWaiting.reference}</Link>, waiting {formatAge(o.oldestWaiting.createdAt, now)}</> : "Nothing is waiting."}
        >
          {count(o.waiting)}
        </Figure>
        <Figure label="Decided by staff" detail={`Approved ${o.days.reduce((n, d) => n + d.approved, 0).toLocaleString("en-US")}, rejected ${o.days.reduce((n, d) => n + d.rejected, 0).toLocaleString("en-US")}`}>
          {o.decisions.toLocaleString("en-US")}
        </Figure>
        <Figure label="Median time to a decision" detail={o.p90Minutes === null ? "From receipt to approval or rejection." : `9 in 10 within ${formatDuration(o.p90Minutes)}.`}>
          {o.medianMinutes === null ? "No decisions" : formatDuration(o.medianMinutes)}
        </Figure>
        <Figure label="Overrides" detail={<Link href="/helpdesk/audit?entityType=RecoveryRequest&action=request.override">List every override</Link>}>
          {o.overrides.toLocaleString("en-US")}
        </Figure>
      </dl>
      <ChartSection
        title="Requests received per day"
        days={days}
        series={[
          { label: "Received", fillClass: "fill-accent", values: o.days.map((d) => d.received) },
          { label: "Sent to review", fillClass: "fill-warning", values: o.days.map((d) => d.toReview) },
        ]}
      />
      <ChartSection
        title="Decisions per day"
        days={days}
        series={[
          { label: "Approved", fillClass: "fill-success", values: o.days.map((d) => d.approved) },
          { label: "Rejected", fillClass: "fill-danger", values: o.days.map((d) => d.rejected) },
        ]}
      />
      <section aria-labelledby="figures-heading" className="mt-8">
        <h2 id="figures-heading" className="text-lg">The figures per day</h2>
        <TableShell caption={`Requests received and decided per day, the last ${OVERVIEW_DAYS} days`} headers={["Day (UTC)", "Received", "Sent to review", "Approved", "Rejected"]}>
          {[...o.days].reverse().map((d) => (
            <tr key={d.day} className="border-t border-line">
              <td className="px-3 py-1.5">{formatDate(new Date(`${d.day}T00:00:00Z`))}</td>
              <td className={cell}>{d.received.toLocaleString("en-US")}</td>
              <td className={cell}>{d.toReview.toLocaleString("en-US")}</td>
              <td className={cell}>{d.approved.toLocaleString("en-US")}</td>
              <td className={cell}>{d.rejected.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </TableShell>
      </section>
      <p className="mt-4 text-sm text-muted">Read at {formatDateTime(now)}. Reload to update.</p>
    </>
  );
}
