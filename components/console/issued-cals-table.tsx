import { calType, type CalType } from "@/lib/licensing/catalog";
import { formatDate } from "@/lib/console/format";
import { ScrollRegion } from "./scroll-region";

export interface IssuedCalRow {
  id: string;
  issuedTo: string;
  issuedOn: Date;
  expiresOn: Date | null;
  status: string;
  keyPack: { calType: CalType; keypackId: number };
}

const cell = "border border-line px-2 py-1";

/** Issued RDS CALs: per device, the computer it was issued to; per user, the user (a usage report). */
export function IssuedCalsTable({ rows, total }: { rows: IssuedCalRow[]; total: number }) {
  return (
    <ScrollRegion label="Issued RDS CALs">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">
          Issued RDS CALs{total > rows.length ? ` (the ${rows.length} most recent of ${total})` : ""}
        </caption>
        <thead>
          <tr className="bg-chrome text-left">
            {["Issued To", "License Version and Type", "Keypack ID", "Issued On", "Expires On", "Status"].map((c) => (
              <th key={c} scope="col" className={cell}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6} className={`${cell} py-3 text-muted`}>No RDS CALs have been issued.</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.id}>
                <td className={cell}>{r.issuedTo}</td>
                <td className={cell}>{calType(r.keyPack.calType).label}</td>
                <td className={`${cell} text-right tabular-nums`}>{r.keyPack.keypackId}</td>
                <td className={cell}>{formatDate(r.issuedOn)}</td>
                <td className={cell}>{r.expiresOn ? formatDate(r.expiresOn) : "Does not expire"}</td>
                <td className={cell}>{r.status}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
