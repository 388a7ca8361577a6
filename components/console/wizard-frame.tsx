// The Manage RDS CALs wizard's window (wizard-window.tsx) with its pages from the WIZARD_STEPS table.
import type { ReactNode } from "react";
import { cancelWizard } from "@/lib/console/manage-cals/actions";
import { WIZARD_STEPS, type WizardStep } from "@/lib/console/manage-cals/steps";
import { WizardWindow } from "./wizard-window";

/** Another wizard's pages and Cancel (the Activate, Reactivate and Deactivate Server wizards); Manage RDS CALs' by default. */
export interface WizardFrameOf {
  name: string;
  steps: readonly { step: string; title: string }[];
  cancel: () => Promise<void>;
}

/**
 * `path`: the Manage RDS CALs pages the progress indicator lists (wizardPath: the rebuild's by default, or the
 * migration's); `of`: another wizard's pages and Cancel.
 */
export function WizardFrame({
  serverId,
  serverName,
  step,
  path = WIZARD_STEPS,
  of,
  children,
}: {
  serverId: string;
  serverName: string;
  step: WizardStep | string;
  path?: readonly { step: WizardStep; title: string }[];
  of?: WizardFrameOf;
  children: ReactNode;
}) {
  const steps: readonly { step: string; title: string }[] = of?.steps ?? path;
  return (
    <WizardWindow
      wizardName={of?.name ?? "Manage RDS CALs"}
      serverName={serverName}
      titles={steps.map((s) => s.title)}
      current={steps.findIndex((s) => s.step === step)}
      cancel={of?.cancel ?? cancelWizard.bind(null, serverId)}
    >
      {children}
    </WizardWindow>
  );
}
