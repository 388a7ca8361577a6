"use client";
// The reminder's Next; when the source is not available, the person first says they will remove the CALs.
import { CheckBoxStepForm } from "@/components/console/check-box-step-form";
import type { FormAction } from "@/lib/forms/form-state";
import { REMOVE_BY_HAND_LABEL } from "@/lib/console/migrate-labels";

export function MigrateReminderForm({ action, backHref, askRemoveByHand, defaultChecked }: { action: FormAction; backHref: string | null; askRemoveByHand: boolean; defaultChecked: boolean }) {
  return <CheckBoxStepForm name="removeByHand" label={REMOVE_BY_HAND_LABEL} action={action} backHref={backHref} ask={askRemoveByHand} defaultChecked={defaultChecked} schema={() => import("@/lib/console/migrate-schemas").then((m) => m.migrateReminderSchema(!askRemoveByHand))} />;
}
