// Text PostgreSQL (and Prisma on the way to it) cannot take: NUL (U+0000), which a text column cannot
// hold, and a lone UTF-16 surrogate, which Prisma's query protocol cannot encode. Either made the write or
// the lookup fail with an error, a 500 for the visitor; the schemas refuse it with a message instead. No
// keyboard types them: they come from pasted binary or a hostile client (found by e2e/reliability).
export const UNSTORABLE_TEXT_MESSAGE = "Remove the invisible or broken characters from this text";

export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** For ids and other values that reach a query: a storable string at most `max` long. */
export function isQueryableText(value: unknown, max = 200): value is string {
  return typeof value === "string" && value.length <= max && isStorableText(value);
}
