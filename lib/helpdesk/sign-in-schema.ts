// The sign-in form's schema, in zod/mini: the browser checks it before the form posts (the sign-in page
// ships it; docs/decisions/030-forms-on-react-hook-form.md) and the server action parses with it again.
import * as z from "zod/mini";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";

/** A staff e-mail address, as typed: trimmed, checked, compared in lower case. */
export const staffEmail = z.pipe(
  z.pipe(
    z.string().check(z.trim(), z.minLength(1, "Enter the e-mail address"), z.maxLength(254, "An e-mail address has at most 254 characters")),
    z.email("Enter an e-mail address in the right format, like name@clearinghouse.example"),
  ),
  z.transform((s: string) => s.toLowerCase()),
);

export const signInSchema = z.object({
  email: staffEmail,
  // No NUL or lone surrogate (a pasted binary, a hostile client): no password can hold one (newPassword in
  // schemas.ts refuses them too), and every accepted form holds only storable text (schemas.fuzz.test.ts).
  password: z.string().check(z.minLength(1, "Enter your password"), z.maxLength(256, "A password has at most 256 characters"), z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
  /** Checked again by safeReturnTo before it is used. */
  returnTo: z.optional(z.string().check(z.maxLength(1000), z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE))),
});
export type SignInInput = z.input<typeof signInSchema>;
