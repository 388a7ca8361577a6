// What a form's server action answers when the form posts itself (<form action={…}>, React 19 form actions):
// the state useActionState keeps (components/forms/use-action-form.ts). The same state serves a page whose
// script has not run (or never runs): Next runs the action on the plain POST and renders the page again
// with this state, so the errors land next to their fields and the fields keep what was sent
// (docs/decisions/030-forms-on-react-hook-form.md).
import type { ActionResult, FieldErrors } from "./action-result";

export type FormState<T = unknown> =
  | null
  | { ok: true; data: T }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      formError?: string;
      /** What was sent, secrets left out, for the fields' defaults. */
      values: Record<string, string>;
      /** What else the refusal carried (the purchase page's programs to switch to, lib/clearinghouse/actions.ts). */
      extra?: Record<string, unknown>;
    };

/** The server action a form posts to: useActionState's (previous state, what the form sent). */
export type FormAction<T = unknown> = (previous: unknown, payload: FormData) => Promise<FormState<T>>;

/** Passwords are never sent back into a page. */
const SECRET_FIELD = /password/i;

/**
 * A posted form as the plain object its schema parses: one string per field; a field posted several times
 * (the ID boxes, components/ui/grouped-id-input.tsx: one value per box) is its values joined. Next's own
 * fields ($ACTION_…) and files are left out.
 */
export function formInput(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (values.length) out[key] = values.join("");
  }
  return out;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
}

function valuesToEcho(input: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([name]) => !SECRET_FIELD.test(name)));
}

/**
 * An action of ours (bound arguments first, the form's values last) as a form's action: it reads the
 * posted FormData into the plain object the action's zod schema parses (check boxes post "on", which the
 * schemas' `checkbox` reads as true; lib/forms/checkbox.ts). Export the result from a "use server" module.
 */
export function formState<A extends unknown[], T>(action: (...args: [...A, unknown]) => Promise<(ActionResult<T> & Record<string, unknown>) | void | undefined>) {
  return async (...args: [...A, previous: unknown, payload: FormData | unknown]): Promise<FormState<T>> => {
    const payload = args[args.length - 1];
    const bound = args.slice(0, -2) as A;
    // A script may post the values themselves (the reliability specs do); the schema parses either.
    const input: unknown = payload instanceof FormData ? formInput(payload) : payload;
    const result = await action(...bound, input);
    // An action that answered nothing still answers: the form's state changes, so it can be sent again.
    if (!result) return { ok: true, data: undefined as T };
    if (result.ok) return result;
    const { fieldErrors, formError } = result;
    const extra = Object.fromEntries(Object.entries(result).filter(([key]) => !["ok", "fieldErrors", "formError"].includes(key)));
    const values = valuesToEcho(isStringRecord(input) ? input : {});
    // A class trainee's refused mistakes are on their record for the trainer (lib/practice/refusals.ts).
    await recordRefusal({ fieldErrors, formError, values });
    return { ok: false, fieldErrors, formError, values, ...(Object.keys(extra).length ? { extra } : {}) };
  };
}

/**
 * Hands a refusal to the classroom's record. Loaded on the first refusal, so this module stays free of the
 * database; outside Next's server (the unit tests) the server-only module does not load and nothing is recorded.
 */
async function recordRefusal(refusal: { fieldErrors: FieldErrors; formError?: string; values: Record<string, string> }) {
  let note: ((r: typeof refusal) => Promise<void>) | undefined;
  try {
    note = (await import("@/lib/practice/refusals")).noteRefusal;
  } catch {
    return;
  }
  await note(refusal);
}
