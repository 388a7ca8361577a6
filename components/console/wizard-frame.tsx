// The Manage RDS CALs wizard's window (wizard-window.tsx) with its pages from the WIZARD_STEPS table.
import type { ReactNode } from "react";
import { cancelWizard } from "@/lib/console/wizard-actions";
import { WIZARD_STEPS, stepIndex, type WizardStep } from "@/lib/console/wizard-steps";
import { WizardWindow } from "./wizard-window";

const TITLES = WIZARD_STEPS.map((s) => s.title);

export function WizardFrame({ serverId, serverName, step, children }: { serverId: string; serverName: string; step: WizardStep; children: ReactNode }) {
  return (
    <WizardWindow wizardName="Manage RDS CALs" serverName={serverName} titles={TITLES} current={stepIndex(step)} cancel={cancelWizard.bind(null, serverId)}>
      {children}
    </WizardWindow>
  );
}
