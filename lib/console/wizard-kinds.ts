// The console's wizards: their names as the real tool shows them and where their pages live. A server has at
// most one open run of any kind (WizardRun.activeServerId is unique), as the real console shows one wizard at
// a time; a wizard that finds another kind open says which one and links to it (docs/decisions/020).
import type { WizardKind } from "@/generated/prisma/enums";

export const WIZARD_KINDS = {
  MANAGE_CALS: { name: "Manage RDS CALs Wizard", segment: "manage-cals" },
  ACTIVATE_SERVER: { name: "Activate Server Wizard", segment: "activate" },
  INSTALL_LICENSES: { name: "Install Licenses Wizard", segment: "install-licenses" },
  REACTIVATE_SERVER: { name: "Reactivate Server Wizard", segment: "reactivate" },
  DEACTIVATE_SERVER: { name: "Deactivate Server Wizard", segment: "deactivate" },
} as const satisfies Record<WizardKind, { name: string; segment: string }>;

export type { WizardKind };

export function wizardKindName(kind: WizardKind): string {
  return WIZARD_KINDS[kind].name;
}

/** The address that reopens an open run of `kind` (each wizard's index page redirects to where the run is). */
export function wizardKindHref(serverId: string, kind: WizardKind): string {
  return `/console/servers/${encodeURIComponent(serverId)}/${WIZARD_KINDS[kind].segment}`;
}

/** The message a wizard shows when another wizard is open on the same server. */
export function otherWizardOpenMessage(kind: WizardKind, serverName: string): string {
  return `The ${wizardKindName(kind)} is open on license server ${serverName}. Finish or cancel it before you start another wizard.`;
}
