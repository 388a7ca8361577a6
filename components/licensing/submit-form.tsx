"use client";
// A verify page's Next (Manage CALs, and Activate / Reactivate / Deactivate a license server): submits once
// (the button is disabled on the way; the server answers a second submit of the same draft with the first
// result). The fields are on the earlier pages: the summary says what to do, their Change links go there.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

export function SubmitForm({ action }: { action: FormAction }) {
  const { formProps, summary, submitting } = useActionForm({ action, defaultValues: {} });
  return (
    <form {...formProps} className="mt-8">
      <ErrorSummary errors={[]} formError={summary.formError} focusKey={summary.focusKey} />
      <Button type="submit" disabled={submitting} aria-disabled={submitting}>
        {submitting ? "Submitting…" : "Next"}
      </Button>
    </form>
  );
}
