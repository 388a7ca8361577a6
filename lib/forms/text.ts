// Text fields of every form: one way to say "required", "optional" and "too long", and the characters a
// text column cannot store. In zod/mini: the forms' schemas built from these ship to the browser
// (docs/decisions/030-forms-on-react-hook-form.md).
import * as z from "zod/mini";

// Text PostgreSQL (and Prisma on the way to it) cannot take: NUL (U+0000), which a text column cannot
// hold, and a lone UTF-16 surrogate, which Prisma's query protocol cannot encode. Either made the write or
// the lookup fail with an error, a 500 for the visitor; the schemas refuse it with a message instead. No
// keyboard types them: they come from pasted binary or a hostile client (found by e2e/reliability).
//
// Also refused (issue 13): characters that hide or reorder what a person reads, so a name cannot show staff
// "Contoso" while holding something else: control characters (C0 and C1, tab and line breaks included:
// no field that uses this is multi-line except notes, which keep line breaks), the bidirectional controls
// (U+061C, U+200E/F, U+202A-E, U+2066-9), and the invisible U+00AD, U+180E, U+200B, U+2060-4 and U+FEFF.
// Allowed on purpose: U+200C and U+200D (zero-width non-joiner and joiner), which Persian, Indic scripts
// and emoji need.
export const UNSTORABLE_TEXT_MESSAGE = "Remove the invisible or broken characters from this text";

const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !HIDDEN.test(value);
}

/** For one-line fields (names, company, address lines): storable and without tabs or line breaks. */
export function isSingleLineText(value: string): boolean {
  return isStorableText(value) && !LINE_BREAK_OR_TAB.test(value);
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
  return z.string(emptyMessage).check(z.trim(), z.minLength(1, emptyMessage), z.maxLength(max, tooLong(label, max)), z.refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE));
}

/** Empty means "not given": stored as null, not "". */
export function optionalText(label: string, max: number) {
  return z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, tooLong(label, max)), z.refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE))),
    z.transform((v?: string) => (v ? v : null)),
  );
}

export const EMAIL_FORMAT_MESSAGE = "Enter an e-mail address in the correct format, like name@example.com";

/** An optional e-mail address, lowercased; empty is null. */
const anEmail = z.email();
export function isEmailAddress(value: string): boolean {
  return anEmail.safeParse(value).success;
}

export function optionalEmail() {
  return z.pipe(
    z.optional(
      z.string().check(
        z.trim(),
        z.toLowerCase(),
        z.maxLength(254, tooLong("e-mail address", 254)),
        z.refine((v: string) => v === "" || isEmailAddress(v), EMAIL_FORMAT_MESSAGE),
      ),
    ),
    z.transform((v?: string) => (v ? v : null)),
  );
}

/** A required e-mail address, lowercased. */
function requiredEmail(emptyMessage = "Enter the e-mail address") {
  return z
    .string(emptyMessage)
    .check(z.trim(), z.toLowerCase(), z.minLength(1, emptyMessage), z.maxLength(254, tooLong("e-mail address", 254)), z.refine(isEmailAddress, EMAIL_FORMAT_MESSAGE));
}

/**
 * Who asks for a license server's deactivation: name, e-mail and (optionally) phone, as both the console's
 * Deactivate Server Wizard and the web site's "Deactivate a license server" ask them (one rule for both).
 */
export const deactivationContactShape = {
  contactName: requiredText("name", 128, "Enter your name"),
  contactEmail: requiredEmail("Enter your e-mail address"),
  contactPhone: optionalText("phone number", 32),
};
