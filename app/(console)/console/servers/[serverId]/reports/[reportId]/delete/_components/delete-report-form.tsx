"use client";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/forms/action-result";

export function DeleteReportForm({ action, cancelHref }: { action: () => Promise<ActionResult<unknown>>; cancelHref: string }) {
  const { onSubmit, summary, submitting } = useActionForm({ action, defaultValues: {} });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary {...summary} />
      <div className="flex justify-end gap-2 border-t border-line pt-4">
        <Button type="submit" variant="danger" disabled={submitting}>Delete</Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
