import { formatDateTime } from "@/lib/format/date";
import { cell, ConsoleTable, numericCell } from "./console-table";

export interface EventRow {
  id: string;
  eventId: number;
  level: string;
  message: string;
  createdAt: Date;
}

const COLUMNS = [{ label: "Date and Time" }, { label: "Event ID", numeric: true }, { label: "Level" }, { label: "Message" }];

/** The server's recent events, newest first (event 88: the database was rebuilt). */
export function EventLog({ rows }: { rows: EventRow[] }) {
  return (
    <ConsoleTable caption="Event log" columns={COLUMNS} empty="No events.">
      {rows.map((e) => (
        <tr key={e.id}>
          <td className={`${cell} whitespace-nowrap align-top`}>{formatDateTime(e.createdAt)}</td>
          <td className={`${numericCell} align-top`}>{e.eventId}</td>
          <td className={`${cell} align-top`}>{e.level}</td>
          <td className={`${cell} align-top`}>{e.message}</td>
        </tr>
      ))}
    </ConsoleTable>
  );
}
