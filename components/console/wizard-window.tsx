// A console wizard's window: title bar, the progress list, the page title, the page, and the empty form
// that Cancel submits (its button sits in each page's button row). Each wizard passes its own pages and
// Cancel (Manage RDS CALs: wizard-frame.tsx; Install Licenses: its [step] page).
// The progress list sits beside the page only when the window leaves the wizard room for both (a container
// query, so an open Procedure panel counts); otherwise above it, so tables keep their width.
import type { ReactNode } from "react";
import { CANCEL_FORM_ID } from "./wizard-buttons";

export interface WizardWindowProps {
  /** The wizard's name in the title bar, e.g. "Manage RDS CALs". */
  wizardName: string;
  serverName: string;
  /** The pages' titles in order, and the one shown. */
  titles: readonly string[];
  current: number;
  cancel: () => Promise<void>;
  children: ReactNode;
}

export function WizardWindow({ wizardName, serverName, titles, current, cancel, children }: WizardWindowProps) {
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="@container mx-auto max-w-6xl rounded border border-line bg-surface shadow-md">
        <p className="rounded-t bg-[#dfe6ee] px-4 py-2 text-sm font-semibold print:hidden">
          {wizardName} <span className="font-normal text-muted">· license server {serverName}</span>
        </p>
        <div className="flex flex-col @4xl:flex-row">
          <nav aria-label="Wizard progress" className="shrink-0 border-line bg-accent-soft p-4 @4xl:w-60 @4xl:border-r print:hidden">
            <ol className="space-y-2 text-sm">
              {titles.map((title, index) => (
                <li key={title} aria-current={index === current ? "step" : undefined} className={`flex gap-1 ${index === current ? "font-semibold text-ink" : index < current ? "text-ink" : "text-muted"}`}>
                  <span aria-hidden="true" className="w-5 shrink-0">{index < current ? "✓" : index === current ? "›" : ""}</span>
                  <span>
                    {title}
                    {index < current ? <span className="sr-only"> (done)</span> : null}
                  </span>
                </li>
              ))}
            </ol>
          </nav>
          <section className="min-w-0 flex-1 p-4 sm:p-6" aria-labelledby="wizard-title">
            <h1 id="wizard-title" className="text-2xl">{titles[current]}</h1>
            <p className="mt-1 text-sm text-muted print:hidden">Step {current + 1} of {titles.length}</p>
            <div className="mt-4">{children}</div>
          </section>
        </div>
      </div>
      <form id={CANCEL_FORM_ID} action={cancel} />
    </main>
  );
}
