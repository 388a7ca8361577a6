// PostgreSQL text cannot hold NUL (U+0000): a value with one makes the write or the lookup fail with an
// error, which the visitor would see as a 500. The schemas refuse it with a message instead. No keyboard
// types it; it comes from pasted binary or a hostile client (found by e2e/reliability).
export const NUL_MESSAGE = "Remove the control character (NUL) from this text";

export function hasNoNul(value: string): boolean {
  return !value.includes("\u0000");
}

/** For ids and other values that reach a query: a string PostgreSQL can compare, at most `max` long. */
export function isQueryableText(value: unknown, max = 200): value is string {
  return typeof value === "string" && value.length <= max && hasNoNul(value);
}
