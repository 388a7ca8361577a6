// Under a credential refused as another License Program's purchase (lib/clearinghouse/wrong-program.ts): a
// button for each program it belongs to. What pressing one does is the form's: the web site's purchase page
// posts the form with that program as `switchTo` and the action saves with it and goes on; the phone desk's
// changes its License Program list. Without the script the message itself says which program to choose.
import { Button } from "@/components/ui/button";
import type { ProgramChoice } from "@/lib/clearinghouse/wrong-program";
import { isLicenseProgram } from "@/lib/licensing/catalog";

export function SwitchProgram({ programs, label, onSwitch, disabled }: { programs: readonly ProgramChoice[]; label: (program: ProgramChoice) => string; onSwitch: (program: ProgramChoice) => void; disabled?: boolean }) {
  if (programs.length === 0) return null;
  // Plain buttons, not submit buttons: the first submit button of a form is the one Enter presses, so a submit
  // button here would switch the program when the person presses Enter in Quantity.
  return (
    <div className="mt-3 flex flex-wrap gap-3">
      {programs.map((program) => (
        <Button key={program.value} variant="secondary" disabled={disabled} onClick={() => onSwitch(program)}>
          {label(program)}
        </Button>
      ))}
    </div>
  );
}

/** The programs a refusal carried (the action's `switchTo`), kept only where they are License Programs. */
export function programChoices(value: unknown): ProgramChoice[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is ProgramChoice => typeof p === "object" && p !== null && isLicenseProgram((p as ProgramChoice).value) && typeof (p as ProgramChoice).label === "string");
}
