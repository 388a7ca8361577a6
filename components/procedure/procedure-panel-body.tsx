"use client";
// The Procedure panel's contents, loaded only when the panel is open, so a page with the panel closed
// ships none of the procedures' text or their code (docs/decisions/012 has the figures). A list at the top
// offers every procedure of the library; a page of one procedure's own shows that one.
import { useEffect, useRef, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { carryNote } from "@/lib/procedure/carry";
import { isFinished, positionLabel, stepState, type ProcedureFacts, type ProcedurePosition } from "@/lib/procedure/location";
import { GroupedId } from "@/components/ui/grouped-id";
import { isProcedureId, PROCEDURE_IDS } from "@/lib/procedure/catalog";
import { PROCEDURES, stepGroups, type Procedure, type StepGroup } from "@/lib/procedure/library";
import type { ProcedureStep } from "@/lib/procedure/steps";
import { procedureShortcut } from "@/lib/procedure/shortcuts";
import { PANEL_ID, useProcedure } from "./procedure-provider";
import { useProcedurePosition } from "./use-procedure-position";

const STEPS_ID = `${PANEL_ID}-steps`;
const CHOOSER_ID = `${PANEL_ID}-choice`;

export function PanelBody({ onHide }: { onHide: () => void }) {
  const { procedure: shown, position, facts } = useProcedurePosition();
  const context = useProcedure();
  const procedure = PROCEDURES[shown];
  const count = procedure.steps.length;
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
      <label htmlFor={CHOOSER_ID} className="mt-2 block text-sm font-semibold">
        Show the procedure
      </label>
      <select
        id={CHOOSER_ID}
        value={shown}
        onChange={(event) => isProcedureId(event.target.value) && context?.setProcedure(event.target.value)}
        className="mt-1 w-full rounded border border-[#6b7785] bg-white px-2 py-1 text-sm"
      >
        {PROCEDURE_IDS.map((id) => (
          <option key={id} value={id}>
            {PROCEDURES[id].title}
          </option>
        ))}
      </select>
      <p aria-live="polite" aria-atomic="true" className="mt-2 font-semibold">
        {position ? (isFinished(position) ? procedure.finished : `You are at ${positionLabel(position).replace(/^S/, "s")}.`) : "This page is not part of the procedure."}
      </p>
      {position ? (
        <button type="button" aria-expanded={showAll} aria-controls={STEPS_ID} onClick={() => setShowAll(!showAll)} className="mt-2 text-sm font-semibold text-accent underline lg:hidden">
          {showAll ? "Show only the current step" : `Show all ${count} steps`}
        </button>
      ) : null}
      <div id={STEPS_ID}>
        {stepGroups(procedure).map((group) => (
          <section key={group.from} aria-labelledby={`${STEPS_ID}-${group.from}`} className="mt-3">
            <h3 id={`${STEPS_ID}-${group.from}`} className={`text-sm uppercase tracking-wide text-muted ${!showAll && position && !inGroup(position, group) ? "hidden lg:block" : ""}`}>
              {group.title}
            </h3>
            <ol className="mt-1 space-y-1">
              {procedure.steps.filter((s) => s.number >= group.from && s.number <= group.to).map((step) => (
                <StepItem key={step.number} procedure={procedure} step={step} position={position} facts={facts} collapsed={!showAll && !!position} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}

function inGroup(position: ProcedurePosition, group: StepGroup): boolean {
  return position.through >= group.from && position.current <= group.to;
}

function StepItem({ procedure, step, position, facts, collapsed }: { procedure: Procedure; step: ProcedureStep; position: ProcedurePosition | null; facts: ProcedureFacts; collapsed: boolean }) {
  const state = stepState(position, step.number);
  const current = state === "current";
  const carry = current ? carryNote(procedure, step, facts) : null;
  const shortcut = current ? procedureShortcut(procedure.id, step.number) : null;
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
      {current && position && procedure.id === "rebuild-web" && position.pass > 1 && step.number >= 9 && step.number <= 18 ? (
        <p className="mt-1">Set {position.pass} of RDS CALs: repeat steps 9 through 18 for each set.</p>
      ) : null}
      {current && step.note ? (
        <p className={`mt-2 rounded p-2 ${step.note === procedure.warning ? "border-l-4 border-warning bg-warning-soft" : "bg-surface"}`}>{step.note}</p>
      ) : null}
      {shortcut ? <p className="mt-2 rounded border-l-4 border-success bg-success-soft p-2">{shortcut}</p> : null}
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
