import type { ReactNode } from "react";

/** The helpdesk's tables: a bordered, horizontally scrolling box, a caption for screen readers, a header row. */
export function TableShell({ caption, headers, children, className = "mt-3" }: { caption: string; headers: readonly string[]; children: ReactNode; className?: string }) {
  return (
    <div className={`${className} overflow-x-auto rounded-lg border border-line bg-surface shadow-sm`}>
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
    </div>
  );
}
