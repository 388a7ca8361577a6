// The trainer's table: one row per practice server, with its procedure step (as the trainee's Procedure
// panel would show it), where the trainee is in words, and when the server expires.
import { TableShell } from "@/components/helpdesk/table-shell";
import { formatDateTime } from "@/lib/format/date";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { positionLabel, STEP_COUNT } from "@/lib/procedure/location";
import type { PracticeRow } from "@/lib/practice/queries";
import { GroupedId } from "@/components/ui/grouped-id";

const HEADERS = ["License server", "License Server ID", "Procedure step", "Where the trainee is", "Started", "Expires"] as const;

export function PracticeProgressTable({ rows }: { rows: PracticeRow[] }) {
  return (
    <TableShell caption="Practice servers in use" headers={HEADERS} className="mt-6">
      {rows.map((row) => {
        const { position, finished, summary } = row.progress;
        const reached = finished ? STEP_COUNT : position ? position.current - 1 : 0;
        return (
          <tr key={row.id} className="border-t border-line align-top">
            <th scope="row" className="px-3 py-2 text-left font-semibold">{row.name}</th>
            <td className="px-3 py-2">{row.licenseServerId ? <GroupedId value={formatLicenseServerId(row.licenseServerId)} /> : "Not activated"}</td>
            <td className="px-3 py-2">
              <span className="whitespace-nowrap">{finished ? "Finished" : position ? positionLabel(position) : "Not started"}</span>
              {/* A bar of the steps behind the trainee; the text beside it says the same. */}
              <span aria-hidden="true" className="mt-1 block h-1.5 w-32 rounded bg-chrome">
                <span className="block h-1.5 rounded bg-accent" style={{ width: `${(reached / STEP_COUNT) * 100}%` }} />
              </span>
            </td>
            <td className="px-3 py-2">{summary}</td>
            <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(row.startedAt)}</td>
            <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(row.expiresAt)}</td>
          </tr>
        );
      })}
    </TableShell>
  );
}
