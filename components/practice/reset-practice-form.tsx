"use client";
// Reset, after the page has said what it does: back to the starting state in one transaction (the action
// redirects to the server with a confirmation). Cancel is a link back; nothing is written.
import Link from "next/link";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormAction } from "@/lib/forms/form-state";

export function ResetPracticeForm({ action, cancelHref, label = "Reset practice server" }: { action: FormAction; cancelHref: string; label?: string }) {
  const { formProps, summary, submitting } = useActionForm({ action, defaultValues: {} });
  return (
    <form {...formProps} className="mt-6">
      <ErrorSummary {...summary} />
      <div className="flex flex-wrap justify-end gap-2 border-t border-line pt-4">
        <Button type="submit" variant="danger" disabled={submitting}>{label}</Button>
        <Link href={cancelHref} prefetch={false} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
