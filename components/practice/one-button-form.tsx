"use client";
// A form that is one button (Start, Open, Show a hint), posting a bound action through the one form hook,
// so it works before the script has loaded and refuses a second click while the first is on its way.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

export function OneButtonForm({ action, label, variant = "primary", describedBy }: { action: FormAction; label: string; variant?: "primary" | "secondary"; describedBy?: string }) {
  const { formProps, summary, submitting } = useActionForm({ action, defaultValues: {} });
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <Button type="submit" variant={variant} disabled={submitting} aria-describedby={describedBy}>{label}</Button>
    </form>
  );
}
