// The tree's Reports node under a license server with saved CAL Usage reports: a link to their list and,
// on the report pages, the reports themselves (the open one marked as the current page).
import Link from "next/link";
import { reportsHref } from "@/lib/console/urls";

export interface TreeReports {
  serverId: string;
  items: { id: string; label: string }[];
  /** The report open now; null on the list itself; undefined elsewhere (Create Report). */
  currentId?: string | null;
}

const link = "rounded px-1 text-ink no-underline hover:underline aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold";

export function ReportsNode({ serverId, reports }: { serverId: string; reports?: TreeReports }) {
  return (
    <div className="pl-5 text-sm">
      <Link href={reportsHref(serverId)} aria-current={reports?.currentId === null ? "page" : undefined} className={link}>
        Reports
      </Link>
      {reports?.items.length ? (
        <ul className="mt-1 space-y-1 border-l border-line pl-3">
          {reports.items.map((r) => (
            <li key={r.id}>
              <Link href={reportsHref(serverId, { reportId: r.id })} aria-current={reports.currentId === r.id ? "page" : undefined} className={`${link} wrap-anywhere`}>
                {r.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
