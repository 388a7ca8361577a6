"use client";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { openHistoryLinkForm } from "@/lib/clearinghouse/customer-history/actions";
import { HISTORY_PATHS } from "@/lib/clearinghouse/customer-history/paths";

export function OpenForm({ token }: { token: string }) {
  const { formProps, carried, summary, formError, submitting } = useActionForm<{ token: string }>({ action: openHistoryLinkForm, defaultValues: { token }, carry: ["token"] });
  return (
    <form {...formProps} className="mt-6">
      {carried}
      <ErrorSummary {...summary} />
      <Button type="submit" disabled={submitting}>Show my requests</Button>
      {formError ? <p className="mt-3"><Link href={HISTORY_PATHS.ask}>Ask for a new link</Link></p> : null}
    </form>
  );
}
