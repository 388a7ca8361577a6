// The Manage RDS CALs wizard's window: title bar, the progress indicator (from the WIZARD_STEPS table), the page
// title, the page, and the empty form that Cancel submits (its button sits in each page's button row).
import type { ReactNode } from "react";
import { cancelWizard } from "@/lib/console/wizard-actions";
import { WIZARD_STEPS, stepIndex, stepInfo, type WizardStep } from "@/lib/console/wizard-steps";
import { CANCEL_FORM_ID } from "./wizard-buttons";

export function WizardFrame({ serverId, serverName, step, children }: { serverId: string; serverName: string; step: WizardStep; children: ReactNode }) {
  const current = stepIndex(step);
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="mx-auto max-w-5xl overflow-hidden rounded border border-line bg-surface shadow-md">
        <p className="bg-[#dfe6ee] px-4 py-2 text-sm font-semibold print:hidden">
          Manage RDS CALs <span className="font-normal text-muted">· license server {serverName}</span>
        </p>
        <div className="flex flex-col md:flex-row">
          <nav aria-label="Wizard progress" className="shrink-0 border-line bg-accent-soft p-4 md:w-64 md:border-r print:hidden">
            <ol className="space-y-2 text-sm">
              {WIZARD_STEPS.map((s, index) => (
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
          <section className="min-w-0 flex-1 p-6" aria-labelledby="wizard-title">
            <h1 id="wizard-title" className="text-2xl">{stepInfo(step).title}</h1>
            <p className="mt-1 text-sm text-muted print:hidden">Step {current + 1} of {WIZARD_STEPS.length}</p>
            <div className="mt-4">{children}</div>
          </section>
        </div>
      </div>
      <form id={CANCEL_FORM_ID} action={cancelWizard.bind(null, serverId)} />
    </main>
  );
}
