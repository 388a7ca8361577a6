// The installed key packs table with the console's columns (docs/domain.md). Also used for the list of what a
// rebuild deletes, where the license key pack ID is added for the purchase records.
import { keyPackDisplay, sumRows, type KeyPackRow } from "@/lib/console/key-pack-rows";
import { GroupedId } from "@/components/ui/grouped-id";
import { cell, ConsoleTable, numericCell, type Column } from "./console-table";

type Label = keyof ReturnType<typeof keyPackDisplay>;

const COLUMNS: (Column & { label: Label })[] = [
  { label: "License Version and Type" },
  { label: "License Program" },
  { label: "Total Licenses", numeric: true },
  { label: "Available", numeric: true },
  { label: "Issued", numeric: true },
  { label: "Expiry Date" },
  { label: "Keypack ID", numeric: true },
];
const WITH_ID = [...COLUMNS, { label: "License key pack ID" as const }];

export function KeyPackTable({ rows, caption, withLicenseKeyPackId, empty }: { rows: KeyPackRow[]; caption: string; withLicenseKeyPackId?: boolean; empty?: string }) {
  const columns = withLicenseKeyPackId ? WITH_ID : COLUMNS;
  const totals = sumRows(rows);
  const footer =
    rows.length > 1 ? (
      <tr className="font-semibold">
        <th scope="row" colSpan={2} className={`${cell} text-left`}>Total</th>
        <td className={numericCell}>{totals.total}</td>
        <td className={numericCell}>{Math.max(totals.total - totals.issued, 0)}</td>
        <td className={numericCell}>{totals.issued}</td>
        <td colSpan={columns.length - 5} className={cell} />
      </tr>
    ) : null;
  return (
    <ConsoleTable caption={caption} columns={columns} empty={empty ?? "No RDS CALs are installed."} footer={footer}>
      {rows.map((row) => {
        const cells = keyPackDisplay(row);
        return (
          <tr key={row.keypackId}>
            {columns.map((c) => (
              <td key={c.label} className={c.numeric ? numericCell : c.label === "License key pack ID" ? `${cell} min-w-[13ch]` : cell}>
                {c.label === "License key pack ID" ? <GroupedId value={cells[c.label]} /> : cells[c.label]}
              </td>
            ))}
          </tr>
        );
      })}
    </ConsoleTable>
  );
}
