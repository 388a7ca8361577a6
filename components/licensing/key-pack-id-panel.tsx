// The license key pack ID as the console asks for it: 7 groups of 5, large and monospaced, with Copy,
// Print and a text receipt to download, and step 17's advice to retain a copy.
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { RETAIN_ADVICE } from "@/lib/clearinghouse/wording";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { PrintButton } from "./print-button";
import { GroupedId } from "@/components/ui/grouped-id";

export function KeyPackIdPanel({ licenseKeyPackId, receipt }: { licenseKeyPackId: string; receipt: ReactNode }) {
  const formatted = formatKeyPackId(licenseKeyPackId);
  return (
    <section aria-labelledby="key-pack-id-heading" className="mt-6 rounded border-2 border-success bg-success-soft p-5">
      <h2 id="key-pack-id-heading" className="text-lg">License key pack ID</h2>
      {/* Each group stays whole when the line wraps, so it reads as the console's seven boxes. */}
      <p className="mt-3 text-2xl font-semibold tracking-wider sm:text-3xl">
        <GroupedId value={formatted} />
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
        <CopyButton text={formatted} label="Copy license key pack ID" />
        <PrintButton />
        {receipt}
      </div>
      <p className="mt-4 font-semibold">{RETAIN_ADVICE}</p>
    </section>
  );
}
