// The Manage RDS CALs wizard's window: title bar, the progress indicator (from the WIZARD_STEPS table), the page
// title, the page, and the empty form that Cancel submits (its button sits in each page's button row).
// The progress list sits beside the page only when the window leaves the wizard room for both (a container
// query, so an open Procedure panel counts); otherwise above it, so tables keep their width.
import type { ReactNode } from "react";
import { cancelWizard } from "@/lib/console/wizard-actions";
import { WIZARD_STEPS, type WizardStep } from "@/lib/console/wizard-steps";
import { CANCEL_FORM_ID } from "./wizard-buttons";

/** Another wizard's pages and Cancel (the Activate, Reactivate and Deactivate Server wizards); Manage RDS CALs' by default. */
export interface WizardFrameOf {
  name: string;
  steps: readonly { step: string; title: string }[];
  cancel: () => Promise<void>;
}

/**
 * `path`: the Manage RDS CALs pages the progress indicator lists (wizardPath: the rebuild's by default, or the
 * migration's); `of`: another wizard's pages and Cancel.
 */
export function WizardFrame({
  serverId,
  serverName,
  step,
  path = WIZARD_STEPS,
  of,
  children,
}: {
  serverId: string;
  serverName: string;
  step: WizardStep | string;
  path?: readonly { step: WizardStep; title: string }[];
  of?: WizardFrameOf;
  children: ReactNode;
}) {
  const steps: readonly { step: string; title: string }[] = of?.steps ?? path;
  const current = steps.findIndex((s) => s.step === step);
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="@container mx-auto max-w-6xl rounded border border-line bg-surface shadow-md">
        <p className="rounded-t bg-[#dfe6ee] px-4 py-2 text-sm font-semibold print:hidden">
          {of?.name ?? "Manage RDS CALs"} <span className="font-normal text-muted">· license server {serverName}</span>
        </p>
        <div className="flex flex-col @4xl:flex-row">
          <nav aria-label="Wizard progress" className="shrink-0 border-line bg-accent-soft p-4 @4xl:w-60 @4xl:border-r print:hidden">
            <ol className="space-y-2 text-sm">
              {steps.map((s, index) => (
                <li key={s.step} aria-current={index === current ? "step" : undefined} className={`flex gap-1 ${index === current ? "font-semibold text-ink" : index < current ? "text-ink" : "text-muted"}`}>
                  <span aria-hidden="true" className="w-5 shrink-0">{index < current ? "✓" : index === current ? "›" : ""}</span>
                  <span>
                    {s.title}
                    {index < current ? <span className="sr-only"> (done)</span> : null}
                  </span>
                </li>
              ))}
            </ol>
          </nav>
          <section className="min-w-0 flex-1 p-4 sm:p-6" aria-labelledby="wizard-title">
            <h1 id="wizard-title" className="text-2xl">{steps[current]?.title}</h1>
            <p className="mt-1 text-sm text-muted print:hidden">Step {current + 1} of {steps.length}</p>
            <div className="mt-4">{children}</div>
          </section>
        </div>
      </div>
      <form id={CANCEL_FORM_ID} action={of?.cancel ?? cancelWizard.bind(null, serverId)} />
    </main>
  );
}
