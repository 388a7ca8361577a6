"use client";
// The reminder's Next; when the source is not available, the person first says they will remove the CALs.
import { ErrorSummary } from "@/components/ui/error-summary";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/forms/action-result";
import { REMOVE_BY_HAND_LABEL } from "@/lib/console/migrate-schemas";

type Values = { removeByHand: boolean };

export function MigrateReminderForm({ action, backHref, askRemoveByHand, defaultChecked }: { action: (input: Values) => Promise<ActionResult<unknown>>; backHref: string | null; askRemoveByHand: boolean; defaultChecked: boolean }) {
  const { form, onSubmit, summary, fieldError, submitting } = useActionForm<Values>({ action, defaultValues: { removeByHand: defaultChecked } });
  const error = fieldError("removeByHand");
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary {...summary} />
      {askRemoveByHand ? (
        <>
          {error ? (
            <p id="removeByHand-error" className="text-sm font-semibold text-danger">
              <span className="sr-only">Error: </span>
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex items-start gap-2">
            <input
              type="checkbox"
              id="removeByHand"
              {...form.register("removeByHand")}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "removeByHand-error" : undefined}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor="removeByHand" className="font-semibold">{REMOVE_BY_HAND_LABEL}</label>
          </div>
        </>
      ) : null}
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
