"use client";
// One way for every helpdesk form: react-hook-form validates with the zod schema in the browser, the server
// action parses the same schema again and returns an ActionResult; its field errors land on the fields
// and its form error at the top. What was typed stays in the fields whatever happens.
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/forms/action-result";
import type { SummaryError } from "@/components/ui/error-summary";

export function useActionForm<TInput extends FieldValues, TData>(options: {
  schema: z.ZodType<unknown, TInput>;
  action: (input: TInput) => Promise<ActionResult<TData> | undefined>;
  defaultValues: DefaultValues<TInput>;
  /** Prefix of the fields' element ids, so the error summary links to them. */
  idPrefix: string;
  onSuccess?: (data: TData) => void;
}) {
  const form = useForm<TInput>({
    // The resolver's generics cannot follow a schema passed in as a parameter; the schema is the form's own.
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues,
  });
  const [formError, setFormError] = useState<string>();
  const [success, setSuccess] = useState<TData>();

  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    setSuccess(undefined);
    // The raw input goes to the server, which parses it with the same schema.
    const result = await options.action(form.getValues());
    if (!result) return; // the action redirected
    if (result.ok) {
      setSuccess(result.data);
      options.onSuccess?.(result.data);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (field !== "_form" && messages?.[0]) form.setError(field as Path<TInput>, { message: messages[0] });
    }
    setFormError(result.formError ?? result.fieldErrors._form?.[0]);
  });

  const summary: SummaryError[] = Object.entries(form.formState.errors).flatMap(([field, error]) =>
    error?.message ? [{ fieldId: `${options.idPrefix}${field}`, message: String(error.message) }] : [],
  );
  const fieldError = (field: Path<TInput>) => {
    const error = form.formState.errors[field];
    return error?.message ? String(error.message) : undefined;
  };

  return { form, onSubmit, formError, summary, fieldError, success, submitting: form.formState.isSubmitting };
}
