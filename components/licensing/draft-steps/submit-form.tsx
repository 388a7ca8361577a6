"use client";
// Next on the verify page submits the draft. The button is disabled while the request is on its way; the
// server answers a repeated submit with the first result anyway (lib/clearinghouse/submit.ts).
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { submitManageCals } from "@/lib/clearinghouse/actions";

export function SubmitForm() {
  const { onSubmit, summary, submitting } = useActionForm({ action: () => submitManageCals(), defaultValues: {} });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-8">
      {/* The fields are on the earlier pages: the summary says what to do, and the Change links go there. */}
      <ErrorSummary errors={[]} formError={summary.formError} focusKey={summary.focusKey} />
      <Button type="submit" disabled={submitting} aria-disabled={submitting}>
        {submitting ? "Submitting…" : "Next"}
      </Button>
    </form>
  );
}
