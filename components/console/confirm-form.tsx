"use client";
// A console question answered by a button (Delete a report, Revoke License): nothing to type, so the error
// summary carries what the action refused (the report gone, the revocation limit reached meanwhile).
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

export function ConfirmForm({ action, label, cancelHref }: { action: FormAction; label: string; cancelHref: string }) {
  const { formProps, summary, submitting } = useActionForm({ action, defaultValues: {} });
  return (
    <form {...formProps} className="mt-6">
      <ErrorSummary {...summary} />
      <div className="flex justify-end gap-2 border-t border-line pt-4">
        <Button type="submit" variant="danger" disabled={submitting}>{label}</Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
