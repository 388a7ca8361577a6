"use client";
// The one hook between a form and its server action, for every form of the three sites.
// - Validation is the server's: the action parses the raw values with the form's zod schema (lib/*/schemas)
//   and answers with lib/forms/action-result.ts's shape, so the browser ships neither zod nor the tables
//   behind the schemas (docs/decisions/012-forms-validated-on-the-server.md has the figures). Checks that
//   must answer as a person types (the ID boxes' check digits) are plain functions of lib/licensing.
// - Field errors land on their fields; `_form` and `formError` at the summary's top. A field's error
//   clears as soon as the person changes that field; Next checks it again.
// - The error summary lists the fields in error in page order (`fields`, else the keys of
//   `defaultValues`) and takes focus once per failed submit (`focusKey`), never on a keystroke, so
//   everything typed after an error lands where it was typed.
// - A ref refuses a second submit while one is in flight (double click, Enter held down), and the
//   transition keeps the form pending while a successful action's redirect loads the next page.
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { ErrorSummaryProps, SummaryError } from "@/components/ui/error-summary";
import type { ActionResult } from "@/lib/forms/action-result";

export interface ActionFormOptions<TInput extends FieldValues, TData> {
  /** Parses the values with the form's schema; returns an ActionResult, or nothing when it redirected. */
  action: (input: TInput) => Promise<ActionResult<TData> | void>;
  defaultValues: DefaultValues<TInput>;
  /** The fields in page order, for the summary; defaults to the keys of `defaultValues`. */
  fields?: readonly Path<TInput>[];
  /** Prefix of the fields' element ids (two forms on one page), so the summary links to them. */
  idPrefix?: string;
  onSuccess?: (data: TData) => void;
  /** Told the names of the fields in error after a failed submit (e.g. to open the tab they are on). */
  onInvalid?: (fields: string[]) => void;
}

export function useActionForm<TInput extends FieldValues, TData = unknown>(options: ActionFormOptions<TInput, TData>) {
  const { action, defaultValues, idPrefix = "", onSuccess, onInvalid } = options;
  const form = useForm<TInput>({ defaultValues, shouldFocusError: false });
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [success, setSuccess] = useState<TData>();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const inFlight = useRef(false);
  const order = (options.fields ?? (Object.keys(defaultValues ?? {}) as Path<TInput>[])) as readonly string[];

  const { subscribe, clearErrors } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, type }) => {
          if (name && type === "change") clearErrors(name as Path<TInput>);
        },
      }),
    [subscribe, clearErrors],
  );

  function onSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(undefined);
    setSuccess(undefined);
    const values = form.getValues();
    startTransition(async () => {
      try {
        const result = await action(values);
        if (!result) return; // redirected: the transition stays pending until the next page shows
        if (result.ok) {
          form.clearErrors();
          setSuccess(result.data);
          onSuccess?.(result.data);
          return;
        }
        form.clearErrors();
        for (const [name, messages] of Object.entries(result.fieldErrors)) {
          if (name !== "_form" && messages?.[0]) form.setError(name as Path<TInput>, { type: "server", message: messages[0] });
        }
        setFormError(result.formError ?? result.fieldErrors._form?.[0]);
        setFailedSubmits((n) => n + 1);
        onInvalid?.(Object.keys(result.fieldErrors));
      } finally {
        inFlight.current = false;
      }
    });
  }

  const fieldError = (name: Path<TInput>): string | undefined => messageAt(form.formState.errors, name);
  const errorNames = new Set(errorPaths(form.formState.errors));
  const names = [...order.filter((name) => errorNames.has(name)), ...[...errorNames].filter((name) => !order.includes(name))];
  const errors: SummaryError[] = names.flatMap((name) => {
    const message = messageAt(form.formState.errors, name);
    return message ? [{ fieldId: `${idPrefix}${name}`, message }] : [];
  });
  /** Spread on <ErrorSummary>. */
  const summary: ErrorSummaryProps = { errors, formError, focusKey: failedSubmits };

  return { form, onSubmit, summary, formError, fieldError, success, submitting: pending };
}

function messageAt(errors: object, name: string): string | undefined {
  const error: unknown = get(errors, name);
  const message = error && typeof error === "object" && "message" in error ? error.message : undefined;
  return typeof message === "string" ? message : undefined;
}

/** "a", "b.c": the paths of react-hook-form's nested error object that carry a message. */
function errorPaths(errors: object, prefix = ""): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== "object" || key === "ref") return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return "message" in value && typeof value.message === "string" ? [path] : errorPaths(value, path);
  });
}
