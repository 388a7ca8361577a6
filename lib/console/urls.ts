// The console's addresses, in one place for pages, actions and tests.
import { slugOf, type WizardStep } from "./wizard-steps";
import { wizardKindHref } from "./wizard-kinds";

export function consoleServerHref(serverName: string): string {
  return `/console?server=${encodeURIComponent(serverName)}`;
}

export function serverHref(serverId: string, page: "properties" | "review-configuration" | "manage-cals"): string {
  return `/console/servers/${encodeURIComponent(serverId)}/${page}`;
}

export function wizardHref(serverId: string, step: WizardStep): string {
  return `${serverHref(serverId, "manage-cals")}/${slugOf(step)}`;
}

export function keyPackCsvHref(serverId: string, runId?: string): string {
  return `/console/servers/${encodeURIComponent(serverId)}/installed-rds-cals.csv${runId ? `?run=${encodeURIComponent(runId)}` : ""}`;
}

export interface ServerMenuItem {
  label: string;
  href: string;
}

/** The server's commands, for the Action menu and the tree's context menu. */
export function serverMenuItems(serverId: string): ServerMenuItem[] {
  return [
    { label: "Manage RDS CALs", href: serverHref(serverId, "manage-cals") },
    { label: "Install Licenses", href: wizardKindHref(serverId, "INSTALL_LICENSES") },
    { label: "Review Configuration", href: serverHref(serverId, "review-configuration") },
    { label: "Properties", href: serverHref(serverId, "properties") },
  ];
}
