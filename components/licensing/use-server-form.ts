"use client";
// Glue between a react-hook-form form and its server action: validate in the browser with the zod
// resolver, then send the raw values to the action (which parses them with the same schema). Errors the
// server finds are put on their fields; the error summary lists every field in error, in page order,
// once the visitor has tried to continue.
import { useState } from "react";
import { get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { SummaryError } from "@/components/ui/error-summary";
import type { ActionResult } from "@/lib/forms/action-result";

export function useServerForm<TInput extends FieldValues, TOutput, TData>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  action: (values: TInput) => Promise<ActionResult<TData> | void>,
  fieldOrder: readonly Path<TInput>[],
  onSuccess?: (data: TData) => void,
) {
  const [formError, setFormError] = useState<string>();
  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    const result = await action(form.getValues());
    if (!result) return; // the action redirected
    if (result.ok) return onSuccess?.(result.data);
    for (const name of fieldOrder) {
      const message = result.fieldErrors[name]?.[0];
      if (message) form.setError(name, { type: "server", message });
    }
    setFormError(result.formError);
  });
  const { errors, submitCount } = form.formState;
  const summary: SummaryError[] =
    submitCount > 0
      ? fieldOrder.flatMap((name) => {
          const message = messageAt(errors, name);
          return message ? [{ fieldId: name, message }] : [];
        })
      : [];
  return { onSubmit, summary, formError, submitting: form.formState.isSubmitting };
}

/** The message of a field's error, for Field's `error` prop. */
export function errorOf<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, name: Path<T>): string | undefined {
  return messageAt(form.formState.errors, name);
}

function messageAt(errors: object, name: string): string | undefined {
  const error: unknown = get(errors, name);
  const message = error && typeof error === "object" && "message" in error ? error.message : undefined;
  return typeof message === "string" ? message : undefined;
}
