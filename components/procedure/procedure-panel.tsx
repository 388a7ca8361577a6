"use client";
// The Procedure panel: the 19 steps in the document's words beside the screens, the step the person is on
// highlighted (aria-current="step") and announced politely, earlier steps ticked, the document's notes and
// what to carry to the other computer at the current step. Where it is comes from the address and the page's
// facts (useProcedurePosition), never from clicks here. From lg up it is a column beside the page; below,
// it collapses to the current step, with a button to show all 19.
// The body comes in its own chunk, fetched when the panel opens (React.lazy: next/dynamic's loader would
// add more to every page than it saves).
import { lazy, Suspense } from "react";
import { PANEL_ID, useProcedure } from "./procedure-provider";

const PanelBody = lazy(() => import("./procedure-panel-body").then((m) => ({ default: m.PanelBody })));

export function ProcedurePanel() {
  const context = useProcedure();
  const open = context?.open ?? false;
  return (
    <aside id={PANEL_ID} aria-label="Procedure" hidden={!open} className="relative border-b border-line bg-surface p-4 print:hidden lg:sticky lg:top-0 lg:order-last lg:max-h-screen lg:w-80 lg:shrink-0 lg:self-start lg:overflow-y-auto lg:border-b-0 lg:border-l xl:w-96">
      {open && context ? (
        <Suspense fallback={null}>
          <PanelBody onHide={() => context.setOpen(false)} />
        </Suspense>
      ) : null}
    </aside>
  );
}
