"use client";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

export function DeleteReportForm({ action, cancelHref }: { action: FormAction; cancelHref: string }) {
  const { formProps, summary, submitting } = useActionForm({ action, defaultValues: {} });
  return (
    <form {...formProps} className="mt-6">
      <ErrorSummary {...summary} />
      <div className="flex justify-end gap-2 border-t border-line pt-4">
        <Button type="submit" variant="danger" disabled={submitting}>Delete</Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
