"use client";
import { CheckBoxStepForm } from "@/components/console/check-box-step-form";
import { CONFIRM_DELETION_LABEL } from "@/lib/console/wizard-labels";
import type { ActionResult } from "@/lib/forms/action-result";

export function ConfirmDeletionForm({ action, backHref }: { action: (input: { confirm: boolean }) => Promise<ActionResult<unknown>>; backHref: string | null }) {
  return <CheckBoxStepForm name="confirm" label={CONFIRM_DELETION_LABEL} action={action} backHref={backHref} className="print:hidden" />;
}
