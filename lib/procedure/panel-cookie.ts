// The Procedure panel's open/closed choice, remembered per browser in a plain cookie (not httpOnly: the
// panel's toggle writes it) so the server renders the panel as it was left, with no flash.

export const PANEL_COOKIE = "rdls_procedure";

export function isPanelOpen(value: string | undefined): boolean {
  return value === "open";
}

/** The Set-Cookie value for `document.cookie` (a year; every page of both sites reads it). */
export function panelCookie(open: boolean): string {
  return `${PANEL_COOKIE}=${open ? "open" : "closed"}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/** Which procedure of the library the panel shows, remembered the same way (lib/procedure/catalog.ts). */
export const PROCEDURE_CHOICE_COOKIE = "rdls_procedure_choice";

export function procedureChoiceCookie(id: string): string {
  return `${PROCEDURE_CHOICE_COOKIE}=${encodeURIComponent(id)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
