// The installed key packs table with the console's columns (DOMAIN.md). Also used for the list of what a
// rebuild deletes, where the license key pack ID is added for the purchase records.
import { keyPackDisplay, sumRows, type KeyPackRow } from "@/lib/console/key-pack-rows";
import { ScrollRegion } from "./scroll-region";

const COLUMNS = ["License Version and Type", "License Program", "Total Licenses", "Available", "Issued", "Expiry Date", "Keypack ID"] as const;
const NUMERIC = new Set<string>(["Total Licenses", "Available", "Issued", "Keypack ID"]);

export function KeyPackTable({ rows, caption, withLicenseKeyPackId, empty }: { rows: KeyPackRow[]; caption: string; withLicenseKeyPackId?: boolean; empty?: string }) {
  const columns = withLicenseKeyPackId ? [...COLUMNS, "License key pack ID" as const] : COLUMNS;
  const totals = sumRows(rows);
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="bg-chrome text-left">
            {columns.map((c) => (
              <th key={c} scope="col" className={`border border-line px-2 py-1 ${NUMERIC.has(c) ? "text-right" : ""}`}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="border border-line px-2 py-3 text-muted">{empty ?? "No RDS CALs are installed."}</td>
            </tr>
          ) : (
            rows.map((row) => {
              const cells = keyPackDisplay(row);
              return (
                <tr key={row.keypackId}>
                  {columns.map((c) => (
                    <td key={c} className={`border border-line px-2 py-1 ${NUMERIC.has(c) ? "text-right tabular-nums" : ""} ${c === "License key pack ID" ? "font-mono whitespace-nowrap" : ""}`}>
                      {cells[c]}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
        {rows.length > 1 ? (
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" colSpan={2} className="border border-line px-2 py-1 text-left">Total</th>
              <td className="border border-line px-2 py-1 text-right tabular-nums">{totals.total}</td>
              <td className="border border-line px-2 py-1 text-right tabular-nums">{Math.max(totals.total - totals.issued, 0)}</td>
              <td className="border border-line px-2 py-1 text-right tabular-nums">{totals.issued}</td>
              <td colSpan={columns.length - 5} className="border border-line px-2 py-1" />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </ScrollRegion>
  );
}
