// What a report of browser-caught mistakes may carry (./browser-mistakes.ts): its bounds and the shapes of a
// page, a field name and an error code. Free of zod: the reporter in every form's script reads it too
// (components/forms/browser-mistakes.ts), and the schema checks the same on the server.

/** A form field's name (a nested one with dots), and a zod issue code ("too_small", "custom", …). */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
export const ERROR_CODE = /^[a-z_]{1,40}$/;
/** A page's path, no query (the console's pages name the server by id in it). */
export const PAGE_PATH = /^\/[A-Za-z0-9/_.-]{0,199}$/;

/** At most this many reports in one post (one per failed submit), and fields in one report. */
export const MAX_REPORTS = 20;
export const MAX_FIELDS = 30;
