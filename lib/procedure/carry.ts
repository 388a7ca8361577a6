// What a procedure says to note or carry to the other computer, in the panel's words, per step. A value is
// noted where it is first shown and entered at the procedure's next step that carries it (the rebuild: the
// License Server ID is noted in the wizard and entered on the Web site; activation: the license server ID is
// shown by the Web site and entered in the wizard). The panel offers a copy button with the value when the
// page shows it (ProcedureFacts).
import type { ProcedureFacts } from "./location";
import type { Procedure } from "./library";
import type { ProcedureStep } from "./steps";

export interface CarryNote {
  /** What to do with the value, in the document's terms. */
  text: string;
  /** The value on this page, if the page has it. */
  value?: string;
  /** Accessible name of the copy button (distinct from the page's own copy buttons). */
  copyLabel: string;
}

type Carried = NonNullable<ProcedureStep["carry"]>;

/** The value's name, and its copy button's start (never the same name as a page's own copy buttons). */
const WORDS: Record<Carried, { name: string; copy: string }> = {
  licenseServerId: { name: "License Server ID", copy: "Copy License Server ID" },
  licenseKeyPackId: { name: "license key pack ID", copy: "Copy the license key pack ID" },
  productId: { name: "Product ID", copy: "Copy the Product ID" },
};

/** The rebuild's own sentences (its users follow the document), kept as they were. */
const REBUILD_TEXT: Partial<Record<Carried, { note: string; enter: string }>> = {
  licenseServerId: {
    note: "Note the License Server ID shown on this page and take it to the computer with Internet connectivity: on the Web site it is the Target License Server ID.",
    enter: "Enter the License Server ID you noted on the Obtain Client License Key Pack page as the Target License Server ID.",
  },
  licenseKeyPackId: {
    note: "Retain a copy of the license key pack ID and take it back to the license server: you enter it on the Obtain Client License Key Pack page.",
    enter: "Enter the license key pack ID you brought from the Web site in the boxes provided.",
  },
};

const PLACE = { console: "the license server", licensing: "the computer with Internet connectivity" } as const;

/** Whether `step` is where its value is noted (shown, to carry away) rather than entered. */
function carryDirection(steps: readonly ProcedureStep[], step: ProcedureStep): "note" | "enter" | null {
  if (!step.carry) return null;
  const carrying = steps.filter((s) => s.carry === step.carry);
  return carrying[0]?.number === step.number && carrying.length > 1 ? "note" : "enter";
}

const FACT: Record<Carried, keyof ProcedureFacts> = { licenseServerId: "licenseServerId", licenseKeyPackId: "licenseKeyPackId", productId: "productId" };

export function carryNote(procedure: Pick<Procedure, "id" | "steps">, step: ProcedureStep, facts: ProcedureFacts): CarryNote | null {
  const direction = carryDirection(procedure.steps, step);
  if (!step.carry || !direction) return null;
  const words = WORDS[step.carry];
  const other = step.site === "console" ? PLACE.licensing : PLACE.console;
  const own = procedure.id === "rebuild-web" ? REBUILD_TEXT[step.carry]?.[direction] : undefined;
  const text =
    own ??
    (direction === "note"
      ? `Note the ${words.name} shown on this page and take it to ${other}.`
      : `Enter the ${words.name} you brought from ${other}.`);
  const value = direction === "note" ? facts[FACT[step.carry]] : undefined;
  const copyLabel = `${words.copy} for ${step.site === "console" ? "the Web site" : "the wizard"}`;
  return { text, value: typeof value === "string" ? value : undefined, copyLabel };
}
