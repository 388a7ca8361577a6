import { formatDateTime } from "@/lib/console/format";
import { ScrollRegion } from "./scroll-region";

export interface EventRow {
  id: string;
  eventId: number;
  level: string;
  message: string;
  createdAt: Date;
}

const cell = "border border-line px-2 py-1 align-top";

/** The server's recent events, newest first (event 88: the database was rebuilt). */
export function EventLog({ rows }: { rows: EventRow[] }) {
  return (
    <ScrollRegion label="Event log">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">Event log</caption>
        <thead>
          <tr className="bg-chrome text-left">
            {["Date and Time", "Event ID", "Level", "Message"].map((c) => (
              <th key={c} scope="col" className={cell}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={4} className={`${cell} py-3 text-muted`}>No events.</td>
            </tr>
          ) : (
            rows.map((e) => (
              <tr key={e.id}>
                <td className={`${cell} whitespace-nowrap`}>{formatDateTime(e.createdAt)}</td>
                <td className={`${cell} text-right tabular-nums`}>{e.eventId}</td>
                <td className={cell}>{e.level}</td>
                <td className={cell}>{e.message}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
