"use client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import { CONFIRM_DELETION_LABEL } from "@/lib/console/wizard-labels";
import type { ActionResult } from "@/lib/forms/action-result";

type Values = { confirm: boolean };

export function ConfirmDeletionForm({ action, backHref }: { action: (input: Values) => Promise<ActionResult<unknown>>; backHref: string | null }) {
  const { form, onSubmit, summary, fieldError, submitting } = useActionForm<Values>({ action, defaultValues: { confirm: false } });
  const error = fieldError("confirm");
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 print:hidden">
      <ErrorSummary {...summary} />
      {error ? (
        <p id="confirm-error" className="text-sm font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex items-start gap-2">
        <input
          type="checkbox"
          id="confirm"
          {...form.register("confirm")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "confirm-error" : undefined}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor="confirm" className="font-semibold">{CONFIRM_DELETION_LABEL}</label>
      </div>
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
