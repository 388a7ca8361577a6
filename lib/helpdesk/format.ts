// How the helpdesk writes ages, the same text on server and browser. Dates: the app's one
// formatter, lib/format/date.ts; countries: lib/countries/names.ts.

/** How long a request has waited, in the largest whole unit: "45 min", "3 h", "12 d". */
export function formatAge(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24).toLocaleString("en-US")} d`;
}
