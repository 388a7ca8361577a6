"use client";
// A wizard page whose Next needs one check box ticked (Confirm Deletion of RDS CALs; the migration's
// reminder when the source is not available): its error beside the box and in the summary.
import { ErrorSummary } from "@/components/ui/error-summary";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { SchemaLoader } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

export function CheckBoxStepForm<N extends string>({
  name,
  label,
  action,
  backHref,
  defaultChecked = false,
  ask = true,
  className = "",
  schema,
}: {
  name: N;
  label: string;
  action: FormAction;
  backHref: string | null;
  defaultChecked?: boolean;
  /** Without the box (nothing to confirm), the page is only its Next. */
  ask?: boolean;
  className?: string;
  /** The page's schema (lib/console), checked in the browser before the action parses it again. */
  schema?: SchemaLoader;
}) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Record<N, boolean>>({ action, schema, defaultValues: { [name]: defaultChecked } as Record<N, boolean> });
  // N is a string already; the form hook names its fields Extract<keyof T, string>, which TS cannot see equals N.
  const error = fieldError(name as Extract<N, string>);
  return (
    <form {...formProps} className={`mt-6 ${className}`}>
      <ErrorSummary {...summary} />
      {ask ? (
        <>
          {error ? (
            <p id={`${name}-error`} className="text-sm font-semibold text-danger">
              <span className="sr-only">Error: </span>
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex items-start gap-2">
            <input
              type="checkbox"
              id={name}
              {...form.register(name as Extract<N, string>)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${name}-error` : undefined}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={name} className="font-semibold">{label}</label>
          </div>
        </>
      ) : null}
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
