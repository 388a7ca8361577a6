"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { inputClass, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { lookupRequestStatus } from "@/lib/clearinghouse/actions";
import { type StatusLookupInput } from "@/lib/clearinghouse/schemas";
import type { StatusView } from "@/lib/clearinghouse/status-view";
import { StatusResult } from "./status-result";

export function StatusForm({ reference }: { reference: string }) {
  const [found, setFound] = useState<{ view: StatusView; lookup: StatusLookupInput } | null>(null);
  const { form, onSubmit, summary, fieldError, submitting } = useActionForm<StatusLookupInput, StatusView>({
    action: async (values) => {
      setFound(null);
      return lookupRequestStatus(values);
    },
    defaultValues: { reference, contact: "" },
    onSuccess: (view) => setFound({ view, lookup: form.getValues() }),
  });
  return (
    <>
      <form noValidate onSubmit={onSubmit} className="mt-6">
        <ErrorSummary {...summary} />
        <TextField id="reference" label="Reference number" hint="For example RQ-7KD2-9XPA." autoComplete="off" spellCheck={false} className={`${inputClass} max-w-xs font-mono uppercase`} error={fieldError("reference")} {...form.register("reference")} />
        <TextField id="contact" label="E-mail address or Target License Server ID" autoComplete="email" spellCheck={false} error={fieldError("contact")} {...form.register("contact")} />
        <Button type="submit" className="mt-6" disabled={submitting}>
          Check status
        </Button>
      </form>
      {found ? <StatusResult view={found.view} lookup={found.lookup} /> : null}
    </>
  );
}
