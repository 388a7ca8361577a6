import { calType, type CalType } from "@/lib/licensing/catalog";
import { formatDate } from "@/lib/format/date";
import { cell, ConsoleTable, numericCell } from "./console-table";

export interface IssuedCalRow {
  id: string;
  issuedTo: string;
  issuedOn: Date;
  expiresOn: Date | null;
  status: string;
  installedKeyPack: { calType: CalType; keypackId: number };
}

const COLUMNS = [
  { label: "Issued To" },
  { label: "License Version and Type" },
  { label: "Keypack ID", numeric: true },
  { label: "Issued On" },
  { label: "Expires On" },
  { label: "Status" },
];

/** Issued RDS CALs: per device, the computer it was issued to; per user, the user (a usage report). */
export function IssuedCalsTable({ rows, total }: { rows: IssuedCalRow[]; total: number }) {
  const caption = `Issued RDS CALs${total > rows.length ? ` (the ${rows.length} most recent of ${total})` : ""}`;
  return (
    <ConsoleTable caption={caption} columns={COLUMNS} empty="No RDS CALs have been issued.">
      {rows.map((r) => (
        <tr key={r.id}>
          <td className={cell}>{r.issuedTo}</td>
          <td className={cell}>{calType(r.installedKeyPack.calType).label}</td>
          <td className={numericCell}>{r.installedKeyPack.keypackId}</td>
          <td className={cell}>{formatDate(r.issuedOn)}</td>
          <td className={cell}>{r.expiresOn ? formatDate(r.expiresOn) : "Does not expire"}</td>
          <td className={cell}>{r.status}</td>
        </tr>
      ))}
    </ConsoleTable>
  );
}
