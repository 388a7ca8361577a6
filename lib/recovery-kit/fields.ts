// The fields of the forms that take a recovery kit (the Web site's Use a recovery kit) or a response file (the
// console's Use a response file): the pasted or chosen file's text, its shape only; format.ts parses what it
// says. zod/mini: the forms check it in the browser too, the actions again on the server
// (docs/decisions/030-forms-on-react-hook-form.md), and the browser never loads format.ts's classic zod.
import * as z from "zod/mini";
import { MAX_FILE_CHARS } from "./file-limit";

export const FIELD_MESSAGES = {
  empty: "Choose the file, or paste its contents.",
  tooLarge: "This is too large to be a recovery kit or a response file.",
} as const;

const documentField = z
  .string({ error: FIELD_MESSAGES.empty })
  .check(z.trim(), z.minLength(1, FIELD_MESSAGES.empty), z.maxLength(MAX_FILE_CHARS, FIELD_MESSAGES.tooLarge));

/** The Web site's "Use a recovery kit" form. */
export const kitFieldSchema = z.object({ kit: documentField });
/** Obtain Client License Key Pack's "Use a response file" form. */
export const responseFieldSchema = z.object({ response: documentField });
