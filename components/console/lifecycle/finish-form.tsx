"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { startInstall: boolean };

export function FinishForm({ action, offerInstall }: { action: FormAction; offerInstall: boolean }) {
  const { form, formProps, summary, submitting } = useActionForm<Values>({ action, schema: () => import("@/lib/console/lifecycle-schemas").then((m) => m.finishLifecycleSchema), defaultValues: { startInstall: offerInstall } });
  return (
    <form {...formProps} className="mt-6">
      <ErrorSummary {...summary} />
      {offerInstall ? (
        <div className="flex items-start gap-3">
          <input type="checkbox" id="startInstall" className="mt-1 size-5 accent-accent" {...form.register("startInstall")} />
          <label htmlFor="startInstall">Start Install Licenses Wizard now</label>
        </div>
      ) : null}
      <p className="mt-4">To close this wizard, click Finish.</p>
      <div className="mt-8 flex justify-end gap-2 border-t border-line pt-4 print:hidden">
        <Button type="submit" disabled={submitting}>Finish</Button>
      </div>
    </form>
  );
}
