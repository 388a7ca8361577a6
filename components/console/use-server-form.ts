"use client";
// react-hook-form + zodResolver in the browser, then the server action with the raw values (the action
// parses them again with the same schema). Server field errors land on their fields, the form error in the
// summary. A ref refuses a second submit while one is in flight, so a double click sends one request.
import { useRef, useState, useTransition, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/forms/action-result";
import type { SummaryError } from "@/components/ui/error-summary";

export function useServerForm<T extends FieldValues>(
  schema: z.ZodType<unknown, T>,
  action: (input: T) => Promise<ActionResult<unknown>>,
  defaultValues: DefaultValues<T>,
  /** Told the names of the fields in error after a refused submit (client or server side). */
  onInvalid?: (fields: string[]) => void,
) {
  const form = useForm<T>({ resolver: zodResolver(schema, undefined, { raw: true }), defaultValues });
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const inFlight = useRef(false);

  function send(values: T) {
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(undefined);
    startTransition(async () => {
      try {
        // Redirects on success: the transition stays pending until the next page shows.
        const result = await action(values);
        if (result && !result.ok) {
          for (const [key, messages] of Object.entries(result.fieldErrors)) {
            if (messages?.[0] && key !== "_form") form.setError(key as Path<T>, { type: "server", message: messages[0] });
          }
          setFormError(result.formError ?? result.fieldErrors._form?.[0]);
          onInvalid?.(Object.keys(result.fieldErrors));
        }
      } finally {
        inFlight.current = false;
      }
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    return form.handleSubmit(send, (errors) => onInvalid?.(Object.keys(errors)))(event);
  }

  const summary: SummaryError[] = Object.entries(form.formState.errors).flatMap(([fieldId, error]) =>
    typeof error?.message === "string" ? [{ fieldId, message: error.message }] : [],
  );

  return { form, pending, formError, summary, submit };
}
