"use client";
// The header button that shows or hides the Procedure panel: a real button with aria-expanded and
// aria-controls, its name constant ("Procedure"); the step the person is on is shown beside it.
import { PANEL_ID, useProcedure } from "./procedure-provider";
import { useProcedurePosition } from "./use-procedure-position";
import { positionLabel } from "@/lib/procedure/location";

export function ProcedureToggle() {
  const context = useProcedure();
  const { position } = useProcedurePosition();
  if (!context) return null;
  const { open, setOpen } = context;
  return (
    <span className="flex items-center gap-2 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(!open)}
        className="rounded border border-white/70 px-3 py-1 text-sm font-semibold text-white hover:bg-white/15"
      >
        Procedure
      </button>
      {position ? <span className="text-sm text-white/90">{positionLabel(position)}</span> : null}
    </span>
  );
}
