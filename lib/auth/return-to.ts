// Where to go after signing in: back to the helpdesk page that asked for it (a shared queue view keeps its
// filters). Only paths inside /helpdesk are accepted, so the parameter cannot send anyone elsewhere.

export const DEFAULT_AFTER_SIGN_IN = "/helpdesk/requests";

export function safeReturnTo(value: unknown): string {
  // Printable ASCII only: a CR/LF or a non-ASCII character would make the redirect's Location header
  // invalid, and the sign-in would fail with a 500 after setting its cookie (issue 13).
  if (typeof value !== "string" || value.length > 1000 || !/^[\x20-\x7e]*$/.test(value)) return DEFAULT_AFTER_SIGN_IN;
  // One leading slash, then helpdesk: rejects "//evil.example", "/\\evil", "https://…", "/helpdesk/../x".
  if (!/^\/helpdesk(\/[^\\]*)?(\?[^\\]*)?$/.test(value) || value.includes("//") || value.includes("/..") || value.startsWith("/helpdesk/sign-in")) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  return value;
}

export function signInHref(returnTo?: string): string {
  const target = returnTo ? safeReturnTo(returnTo) : DEFAULT_AFTER_SIGN_IN;
  return target === DEFAULT_AFTER_SIGN_IN ? "/helpdesk/sign-in" : `/helpdesk/sign-in?returnTo=${encodeURIComponent(target)}`;
}
