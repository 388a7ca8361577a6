// How the helpdesk writes dates and countries: always UTC and always the same text on server and browser.

/** "2026-11-28 09:41 UTC" */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "2026-11-28" */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const regions = new Intl.DisplayNames(["en"], { type: "region" });

/** "United States" for "US"; anything that is not a region code is shown as entered. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** How long a request has waited, in the largest whole unit: "45 min", "3 h", "12 d". */
export function formatAge(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24).toLocaleString("en-US")} d`;
}
