import Link from "next/link";
import { ActionStepForm } from "@/components/console/action-step-form";
import { startLifecycleWizardForm } from "@/lib/console/lifecycle/actions";
import type { LifecycleKind } from "@/lib/console/lifecycle/steps";
import type { LifecycleContext } from "@/lib/console/queries";
import { lifecycleHref } from "@/lib/console/urls";
import { wizardKindHref, wizardKindName } from "@/lib/console/wizard-kinds";
import { lifecycleBlocker } from "@/lib/console/wizard-rules";

const INTRO: Record<LifecycleKind, string> = {
  ACTIVATE_SERVER:
    "This wizard activates the license server with the Microsoft Clearinghouse. The Clearinghouse gives the server a License Server ID, which lets it issue RDS CALs once they are installed. Until then it can issue only temporary RDS CALs.",
  REACTIVATE_SERVER:
    "This wizard gets a new License Server ID for this license server from the Microsoft Clearinghouse, for the same Product ID. The RDS CALs installed on the server stay installed.",
  DEACTIVATE_SERVER:
    "This wizard deactivates the license server with the Microsoft Clearinghouse. Afterwards the server has no License Server ID and can issue only temporary RDS CALs, until it is activated again.",
};

const HEADINGS = {
  "already-activated": "This license server is already activated",
  "not-activated": "This license server is not activated",
  "other-wizard": "Another wizard is open",
} as const;

export function WelcomeBody({ kind, ctx }: { kind: LifecycleKind; ctx: LifecycleContext }) {
  const blocker = lifecycleBlocker(kind, ctx.server, ctx.otherWizard);
  return (
    <>
      <p>
        License server <strong>{ctx.server.name}</strong>. {INTRO[kind]}
      </p>
      <p className="mt-3">
        You can connect to the Clearinghouse automatically (this computer needs an Internet connection), by using a Web browser on
        another computer, or by telephone.
      </p>
      {blocker ? (
        <div role="status" className="mt-4 rounded border-l-4 border-danger bg-danger-soft p-3">
          <p className="font-semibold">{HEADINGS[blocker.kind]}</p>
          <p className="mt-1">{blocker.message}</p>
          {blocker.kind === "already-activated" ? (
            <p className="mt-2">
              <Link href={lifecycleHref(ctx.server.id, "REACTIVATE_SERVER", "REACTIVATE_WELCOME")}>Open the Reactivate Server Wizard</Link>
            </p>
          ) : null}
          {blocker.kind === "not-activated" ? (
            <p className="mt-2">
              <Link href={lifecycleHref(ctx.server.id, "ACTIVATE_SERVER", "ACTIVATE_WELCOME")}>Open the Activate Server Wizard</Link>
            </p>
          ) : null}
          {ctx.otherWizard ? (
            <p className="mt-2">
              <Link href={wizardKindHref(ctx.server.id, ctx.otherWizard)}>Open the {wizardKindName(ctx.otherWizard)}</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <p className="mt-4">To continue, click Next.</p>
      )}
      <ActionStepForm action={startLifecycleWizardForm.bind(null, ctx.server.id, kind)} backHref={null} nextDisabled={!!blocker} />
    </>
  );
}
