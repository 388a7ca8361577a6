// The console's list views: a captioned table in the shared table scroller (components/ui/table-scroll.tsx),
// a header row, and a row saying so when there is nothing to list. Each table maps its own rows to <tr>s with `cell` cells.
import type { ReactNode } from "react";
import { TableScroll } from "@/components/ui/table-scroll";

export const cell = "border border-line px-2 py-1";
export const numericCell = `${cell} text-right tabular-nums`;

export interface Column {
  label: string;
  numeric?: boolean;
}

export function ConsoleTable(props: { caption: string; columns: readonly Column[]; empty: string; children: ReactNode[]; footer?: ReactNode; className?: string }) {
  const { caption, columns, empty, children, footer } = props;
  return (
    <TableScroll label={caption}>
      <table className={`w-full border-collapse text-sm ${props.className ?? ""}`}>
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="bg-chrome text-left">
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`${cell} ${c.numeric ? "text-right" : ""}`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {children.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className={`${cell} py-3 text-muted`}>{empty}</td>
            </tr>
          ) : (
            children
          )}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </TableScroll>
  );
}
