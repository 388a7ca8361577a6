// What the document says to note or carry to the other computer, in the panel's words, per step. The panel
// offers a copy button with the value when the page shows it (ProcedureFacts).
import type { ProcedureFacts } from "./location";
import type { ProcedureStep } from "./steps";

export interface CarryNote {
  /** What to do with the value, in the document's terms. */
  text: string;
  /** The value on this page, if the page has it. */
  value?: string;
  /** Accessible name of the copy button (distinct from the page's own copy buttons). */
  copyLabel: string;
}

export function carryNote(step: ProcedureStep, facts: ProcedureFacts): CarryNote | null {
  switch (step.carry) {
    case "licenseServerId":
      return {
        text:
          step.site === "console"
            ? "Note the License Server ID shown on this page and take it to the computer with Internet connectivity: on the Web site it is the Target License Server ID."
            : "Enter the License Server ID you noted on the Obtain Client License Key Pack page as the Target License Server ID.",
        value: step.site === "console" ? facts.licenseServerId : undefined,
        copyLabel: "Copy License Server ID for the Web site",
      };
    case "licenseKeyPackId":
      return {
        text:
          step.site === "licensing"
            ? "Retain a copy of the license key pack ID and take it back to the license server: you enter it on the Obtain Client License Key Pack page."
            : "Enter the license key pack ID you brought from the Web site in the boxes provided.",
        value: step.site === "licensing" ? facts.licenseKeyPackId : undefined,
        copyLabel: "Copy the license key pack ID for the wizard",
      };
    default:
      return null;
  }
}
