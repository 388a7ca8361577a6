"use client";
import { CheckBoxStepForm } from "@/components/console/check-box-step-form";
import { CONFIRM_DELETION_LABEL } from "@/lib/console/wizard-labels";
import type { FormAction } from "@/lib/forms/form-state";

export function ConfirmDeletionForm({ action, backHref }: { action: FormAction; backHref: string | null }) {
  return <CheckBoxStepForm name="confirm" label={CONFIRM_DELETION_LABEL} action={action} backHref={backHref} className="print:hidden" schema={() => import("@/lib/console/wizard-schemas").then((m) => m.confirmDeletionSchema)} />;
}
