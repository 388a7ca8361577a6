// Under a credential refused as another License Program's purchase (lib/clearinghouse/wrong-program.ts): a
// button for each program it belongs to. What pressing one does is the form's: on the web site's purchase page
// it is a submit button posting the program under `submitName` (so it works before the script runs), and the
// action saves with that program and goes on; the phone desk's changes its License Program list (`onSwitch`).
import { Button } from "@/components/ui/button";
import type { ProgramChoice } from "@/lib/clearinghouse/wrong-program";
import { isLicenseProgram } from "@/lib/licensing/catalog";

type SwitchProps = { programs: readonly ProgramChoice[]; label: (program: ProgramChoice) => string; disabled?: boolean } & (
  | { submitName: string; onSwitch?: never }
  | { onSwitch: (program: ProgramChoice) => void; submitName?: never }
);

export function SwitchProgram({ programs, label, onSwitch, submitName, disabled }: SwitchProps) {
  if (programs.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap gap-3">
      {programs.map((program) =>
        submitName ? (
          <Button key={program.value} type="submit" name={submitName} value={program.value} variant="secondary" disabled={disabled}>
            {label(program)}
          </Button>
        ) : (
          <Button key={program.value} variant="secondary" disabled={disabled} onClick={() => onSwitch?.(program)}>
            {label(program)}
          </Button>
        ),
      )}
    </div>
  );
}

/** The programs a refusal carried (the action's `switchTo`), kept only where they are License Programs. */
export function programChoices(value: unknown): ProgramChoice[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is ProgramChoice => typeof p === "object" && p !== null && isLicenseProgram((p as ProgramChoice).value) && typeof (p as ProgramChoice).label === "string");
}
