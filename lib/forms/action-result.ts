// The one result shape of every server action: expected failures are returned, never thrown.
import type { $ZodError } from "zod/v4/core";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: FieldErrors; formError?: string };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(fieldErrors: FieldErrors, formError?: string): { ok: false; fieldErrors: FieldErrors; formError?: string } {
  return { ok: false, fieldErrors, formError };
}

/** A zod error (classic or zod/mini) as field errors keyed by the field's path ("a.b" for nested fields). */
export function zodFieldErrors(error: $ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Reads a FormData into a plain object of strings (the last value wins for repeated names). */
export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}
