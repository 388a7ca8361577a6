// The console's addresses, in one place for pages, actions and tests.
import { slugOf, type WizardStep } from "./wizard-steps";
import { lifecycleStepInfo, type LifecycleKind, type LifecycleStep } from "./lifecycle-steps";
import { WIZARD_KINDS } from "./wizard-kinds";

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
    { label: "Review Configuration", href: serverHref(serverId, "review-configuration") },
    { label: "Properties", href: serverHref(serverId, "properties") },
  ];
}

/** A page of the Activate, Reactivate or Deactivate Server wizard (`/console/servers/<id>/<segment>/<slug>`). */
export function lifecycleHref(serverId: string, kind: LifecycleKind, step: LifecycleStep): string {
  return `/console/servers/${encodeURIComponent(serverId)}/${WIZARD_KINDS[kind].segment}/${lifecycleStepInfo(kind, step).slug}`;
}
