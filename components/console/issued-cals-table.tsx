import Link from "next/link";
import { calType, type CalType } from "@/lib/licensing/catalog";
import { formatDate } from "@/lib/format/date";
import { revokeHref } from "@/lib/console/urls";
import { PER_USER_NOT_REVOCABLE } from "@/lib/console/revoke/revoke-rule";
import { cell, ConsoleTable, numericCell } from "./console-table";
import { ContextMenuArea } from "./server-menu";

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
  { label: "Revoke License" },
];

/**
 * Issued RDS CALs: per device, the computer it was issued to; per user, the user (a usage report). A Per Device
 * CAL can be revoked (docs/decisions/037): right-click its name as in the real console, or its Revoke link.
 */
export function IssuedCalsTable({ serverId, rows, total }: { serverId: string; rows: IssuedCalRow[]; total: number }) {
  const caption = `Issued RDS CALs${total > rows.length ? ` (the ${rows.length} most recent of ${total})` : ""}`;
  return (
    <ConsoleTable caption={caption} columns={COLUMNS} empty="No RDS CALs have been issued.">
      {rows.map((r) => {
        const perUser = calType(r.installedKeyPack.calType).perUser;
        const revoke = perUser
          ? { label: "Revoke License", href: "#", disabledReason: PER_USER_NOT_REVOCABLE }
          : { label: "Revoke License", href: revokeHref(serverId, r.id) };
        return (
          <tr key={r.id}>
            <td className={cell}>
              <ContextMenuArea label={`Issued to ${r.issuedTo}`} items={[revoke]}>
                {r.issuedTo}
              </ContextMenuArea>
            </td>
            <td className={cell}>{calType(r.installedKeyPack.calType).label}</td>
            <td className={numericCell}>{r.installedKeyPack.keypackId}</td>
            <td className={cell}>{formatDate(r.issuedOn)}</td>
            <td className={cell}>{r.expiresOn ? formatDate(r.expiresOn) : "Does not expire"}</td>
            <td className={cell}>{r.status}</td>
            {/* relative: the link's sr-only text is positioned inside the table's scroller, not beyond the page's edge. */}
            <td className={`${cell} relative`}>
              {perUser ? (
                <span className="text-muted">Per User: cannot be revoked</span>
              ) : (
                <Link href={revoke.href} prefetch={false}>
                  Revoke<span className="sr-only"> the license issued to {r.issuedTo}</span>
                </Link>
              )}
            </td>
          </tr>
        );
      })}
    </ConsoleTable>
  );
}
