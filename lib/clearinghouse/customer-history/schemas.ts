// The customer history's forms (history.ts): the e-mail address to prove, and the link's token posted back.
// zod/mini: the ask form checks its schema in the browser too (docs/decisions/030-forms-on-react-hook-form.md).
import * as z from "zod/mini";
import { requiredEmail } from "@/lib/forms/text";

export const historyEmailSchema = z.object({ email: requiredEmail("Enter the e-mail address you gave with your requests") });
// Never refused: a missing or odd token is a link that does not open (history.ts), with the one answer for that.
// (A default and a transform, not zod's catch, which alone was 2.4 kB gzip of the browser's zod:
// scripts/browser-zod.mjs.)
export const historyTokenSchema = z.object({
  token: z._default(z.transform((token: unknown) => (typeof token === "string" && token.length <= 100 ? token : "")), ""),
});
