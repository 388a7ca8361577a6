// Text fields of every form: one way to say "required", "optional" and "too long", and the characters a
// text column cannot store.
import { z } from "zod";

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

/** "The company name must be 100 characters or fewer": names the field, so the error summary reads alone. */
export function tooLong(label: string, max: number): string {
  return `The ${label} must be ${max.toLocaleString("en-US")} characters or fewer`;
}

/** Trimmed, not empty, at most `max` long, storable. `emptyMessage` defaults to "Enter the <label>". */
export function requiredText(label: string, max: number, emptyMessage = `Enter the ${label}`) {
  return z.string(emptyMessage).trim().min(1, emptyMessage).max(max, tooLong(label, max)).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}

/** Empty means "not given": stored as null, not "". */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, tooLong(label, max))
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null));
}

export const EMAIL_FORMAT_MESSAGE = "Enter an e-mail address in the correct format, like name@example.com";

/** An optional e-mail address, lowercased; empty is null. */
export function optionalEmail() {
  return z
    .string()
    .trim()
    .toLowerCase()
    .max(254, tooLong("e-mail address", 254))
    .refine((v) => v === "" || z.email().safeParse(v).success, EMAIL_FORMAT_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null));
}
