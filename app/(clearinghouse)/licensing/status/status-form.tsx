"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { inputClass, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { lookupRequestStatusForm } from "@/lib/clearinghouse/actions";
import type { StatusLookupInput } from "@/lib/clearinghouse/schemas";
import type { StatusView } from "@/lib/clearinghouse/status-view";
import { StatusResult } from "./status-result";

export function StatusForm({ reference }: { reference: string }) {
  const { form, formProps, summary, fieldError, submitting, success: found } = useActionForm<StatusLookupInput, { view: StatusView; lookup: StatusLookupInput }>({
    action: lookupRequestStatusForm,
    schema: () => import("@/lib/clearinghouse/schemas").then((m) => m.statusLookupSchema),
    defaultValues: { reference, contact: "" },
  });
  return (
    <>
      <form {...formProps} className="mt-6">
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
