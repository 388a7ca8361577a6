"use client";
// The Procedure panel's contents, loaded only when the panel is open, so a page with the panel closed
// ships none of the 19 steps' text or their code (docs/decisions/012 has the figures).
import { useEffect, useRef, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { carryNote } from "@/lib/procedure/carry";
import { isFinished, positionLabel, stepState, type ProcedureFacts, type ProcedurePosition } from "@/lib/procedure/location";
import { GroupedId } from "@/components/ui/grouped-id";
import { PROCEDURE_STEPS, PROCEDURE_TITLE, PROCEDURE_WARNING, type ProcedureStep } from "@/lib/procedure/steps";
import { PANEL_ID } from "./procedure-provider";
import { useProcedurePosition } from "./use-procedure-position";

const GROUPS = [
  { title: "On the license server", from: 1, to: 9 },
  { title: "On a computer with Internet connectivity", from: 10, to: 17 },
  { title: "Back on the license server", from: 18, to: 19 },
] as const;

const STEPS_ID = `${PANEL_ID}-steps`;

export function PanelBody({ onHide }: { onHide: () => void }) {
  const { position, facts } = useProcedurePosition();
  const [showAll, setShowAll] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const currentStep = position?.current;

  // Keep the current step in view inside the panel's own scroll area (the page itself does not move).
  useEffect(() => {
    const aside = body.current?.parentElement;
    const item = aside?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!aside || !item || aside.scrollHeight <= aside.clientHeight) return;
    const top = item.offsetTop;
    if (top < aside.scrollTop || top + item.offsetHeight > aside.scrollTop + aside.clientHeight) aside.scrollTop = Math.max(0, top - 16);
  }, [currentStep]);

  return (
    <div ref={body}>
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg">Procedure</h2>
        <button type="button" onClick={onHide} className="rounded border border-[#6b7785] px-2 py-0.5 text-sm hover:bg-chrome">
          Hide the procedure
        </button>
      </div>
      <p className="mt-1 text-sm text-muted">{PROCEDURE_TITLE}</p>
      <p aria-live="polite" aria-atomic="true" className="mt-2 font-semibold">
        {position ? (isFinished(position) ? `You have done all ${PROCEDURE_STEPS.length} steps: the RD Licensing database is rebuilt.` : `You are at ${positionLabel(position).replace(/^S/, "s")}.`) : "This page is not part of the procedure."}
      </p>
      {position ? (
        <button type="button" aria-expanded={showAll} aria-controls={STEPS_ID} onClick={() => setShowAll(!showAll)} className="mt-2 text-sm font-semibold text-accent underline lg:hidden">
          {showAll ? "Show only the current step" : "Show all 19 steps"}
        </button>
      ) : null}
      <div id={STEPS_ID}>
        {GROUPS.map((group) => (
          <section key={group.from} aria-labelledby={`${STEPS_ID}-${group.from}`} className="mt-3">
            <h3 id={`${STEPS_ID}-${group.from}`} className={`text-sm uppercase tracking-wide text-muted ${!showAll && position && !inGroup(position, group) ? "hidden lg:block" : ""}`}>
              {group.title}
            </h3>
            <ol className="mt-1 space-y-1">
              {PROCEDURE_STEPS.filter((s) => s.number >= group.from && s.number <= group.to).map((step) => (
                <StepItem key={step.number} step={step} position={position} facts={facts} collapsed={!showAll && !!position} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}

function inGroup(position: ProcedurePosition, group: { from: number; to: number }): boolean {
  return position.through >= group.from && position.current <= group.to;
}

function StepItem({ step, position, facts, collapsed }: { step: ProcedureStep; position: ProcedurePosition | null; facts: ProcedureFacts; collapsed: boolean }) {
  const state = stepState(position, step.number);
  const current = state === "current";
  const carry = current ? carryNote(step, facts) : null;
  return (
    <li
      aria-current={current ? "step" : undefined}
      className={`rounded px-2 py-1 text-sm ${current ? "border-l-4 border-accent bg-accent-soft text-ink" : state === "done" ? "text-muted" : "text-ink"} ${collapsed && !current ? "hidden lg:block" : ""}`}
    >
      <p className={current ? "font-semibold" : undefined}>
        <span aria-hidden="true" className="inline-block w-5 text-success">{state === "done" ? "✓" : ""}</span>
        {step.number}. {step.text}
        {state === "done" ? <span className="sr-only"> (done)</span> : null}
      </p>
      {current && position && position.pass > 1 && step.number >= 9 && step.number <= 18 ? (
        <p className="mt-1">Set {position.pass} of RDS CALs: repeat steps 9 through 18 for each set.</p>
      ) : null}
      {current && step.note ? (
        <p className={`mt-2 rounded p-2 ${step.note === PROCEDURE_WARNING ? "border-l-4 border-warning bg-warning-soft" : "bg-surface"}`}>{step.note}</p>
      ) : null}
      {carry ? (
        <div className="mt-2 rounded border border-accent bg-surface p-2">
          <p>{carry.text}</p>
          {carry.value ? (
            <p className="mt-2 flex flex-wrap items-center gap-2">
              <GroupedId value={carry.value} />
              <CopyButton text={carry.value} label={carry.copyLabel} />
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
