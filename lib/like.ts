// The one way a search matches text literally (issue 26). PostgreSQL's LIKE reads `%` and `_` as wildcards
// and `\` as its escape, and Prisma puts a value into a LIKE pattern as it is for `contains` and
// `startsWith`, and into ILIKE for `equals` with `mode: "insensitive"` (measured: lib/like.db.test.ts): a
// search for "_" matched every row, an address "%" equalled every address, and one ending in "\" failed the
// query (a 500). Every match on part of a text, or on a text ignoring case, goes through these helpers: the
// helpdesk's queue (lib/helpdesk/queue-query.ts), audit log (lib/helpdesk/audit-query.ts), entitlements
// (lib/helpdesk/entitlements.ts), the mailbox (lib/mail/queries.ts) and a migration's source server by name
// (lib/console/queries.ts).

/** `text` with LIKE's wildcards and escape escaped (backslash is PostgreSQL's default LIKE escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Prisma's filter for "contains `text`", ignoring case, matched literally. */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: "insensitive" as const };
}

/** Prisma's filter for "starts with `text`", matched literally. */
export function startsWithText(text: string) {
  return { startsWith: escapeLike(text) };
}

/** Prisma's filter for "equals `text`, ignoring case": Prisma compares with ILIKE, so it is escaped too. */
export function equalsIgnoringCase(text: string) {
  return { equals: escapeLike(text), mode: "insensitive" as const };
}
