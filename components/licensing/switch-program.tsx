// Under a credential refused as another License Program's purchase (lib/clearinghouse/wrong-program.ts): a
// button for each program it belongs to. What pressing one does is the form's: the web site's purchase page
// saves with that program and goes on, the phone desk changes its License Program list.
import { Button } from "@/components/ui/button";
import type { ProgramChoice } from "@/lib/clearinghouse/wrong-program";

export function SwitchProgram({ programs, label, onSwitch, disabled }: { programs: readonly ProgramChoice[]; label: (program: ProgramChoice) => string; onSwitch: (program: ProgramChoice) => void; disabled?: boolean }) {
  if (programs.length === 0) return null;
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
