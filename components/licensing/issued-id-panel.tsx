// An ID the Clearinghouse issued, as the console asks for it: its groups large and monospaced (each group
// stays whole when the line wraps, so it reads as the console's boxes), with Copy and Print, and the advice
// to keep a copy. The license key pack ID (key-pack-id-panel.tsx), the License Server ID and the
// deactivation's confirmation code are shown with it.
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { GroupedId } from "@/components/ui/grouped-id";
import { PrintButton } from "./print-button";

export function IssuedIdPanel({ id, heading, formatted, copyLabel, advice, extra }: { id: string; heading: string; formatted: string; copyLabel: string; advice: string; extra?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6 rounded border-2 border-success bg-success-soft p-5">
      <h2 id={`${id}-heading`} className="text-lg">{heading}</h2>
      <p id={id} className="mt-3 text-2xl font-semibold tracking-wider sm:text-3xl">
        <GroupedId value={formatted} />
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
        <CopyButton text={formatted} label={copyLabel} />
        <PrintButton />
        {extra}
      </div>
      <p className="mt-4 font-semibold">{advice}</p>
    </section>
  );
}
