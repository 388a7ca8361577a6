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

/** A duration of minutes in at most two units: "under 1 min", "42 min", "3 h 10 min", "2 d 4 h". */
export function formatDuration(minutes: number): string {
  if (minutes < 1) return "under 1 min";
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  if (hours < 24) return whole % 60 ? `${hours} h ${whole % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days.toLocaleString("en-US")} d ${hours % 24} h` : `${days.toLocaleString("en-US")} d`;
}
