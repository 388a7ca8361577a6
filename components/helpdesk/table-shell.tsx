import type { ReactNode } from "react";
import { TableScroll } from "@/components/ui/table-scroll";

/** The helpdesk's tables: a bordered box that scrolls like every table (TableScroll), a caption for screen readers, a header row. */
export function TableShell({ caption, headers, children, className = "mt-3" }: { caption: string; headers: readonly string[]; children: ReactNode; className?: string }) {
  return (
    <TableScroll label={caption} className={`${className} rounded-lg border border-line bg-surface shadow-sm`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-chrome">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-semibold">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
