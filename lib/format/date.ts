// The one way the app writes a date or a time for people: ISO-like and in UTC ("2026-12-01 19:36 UTC"), so
// the console, the web site, the helpdesk, receipts and tests read the same text, and server rendering never
// differs from the browser's (no locale, no time zone). Pure; accepts a Date or an ISO string (JSON views).

type When = Date | string;

function iso(when: When): string {
  const date = typeof when === "string" ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(when)}`);
  return date.toISOString();
}

/** "2026-12-01" */
export function formatDate(when: When): string {
  return iso(when).slice(0, 10);
}

/** "2026-12-01 19:36 UTC" */
export function formatDateTime(when: When): string {
  return `${iso(when).slice(0, 16).replace("T", " ")} UTC`;
}

/** "19:36 UTC" */
export function formatTime(when: When): string {
  return `${iso(when).slice(11, 16)} UTC`;
}
