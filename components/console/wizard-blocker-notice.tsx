// What a wizard's Welcome page says under its text: why the wizard cannot run here (with a link to the other
// wizard open on the server, and whatever else fixes it), or "To continue, click Next.".
import Link from "next/link";
import type { ReactNode } from "react";
import type { WizardBlocker } from "@/lib/console/wizard-rules";
import { wizardKindHref, wizardKindName, type WizardKind } from "@/lib/console/wizard-kinds";

export function WizardBlockerNotice(props: { blocker: WizardBlocker | null; heading: string; serverId: string; otherWizard: WizardKind | null; children?: ReactNode }) {
  const { blocker, heading, serverId, otherWizard, children } = props;
  if (!blocker) return <p className="mt-4">To continue, click Next.</p>;
  return (
    <div role="status" className="mt-4 rounded border-l-4 border-danger bg-danger-soft p-3">
      <p className="font-semibold">{heading}</p>
      <p className="mt-1">{blocker.message}</p>
      {children}
      {otherWizard ? (
        <p className="mt-2">
          <Link href={wizardKindHref(serverId, otherWizard)}>Open the {wizardKindName(otherWizard)}</Link>
        </p>
      ) : null}
    </div>
  );
}
