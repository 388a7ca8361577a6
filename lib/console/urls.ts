// The console's addresses, in one place for pages, actions and tests.
import { slugOf, type WizardStep } from "./manage-cals/steps";
import { LIFECYCLE_WIZARDS, type LifecycleKind, type LifecycleStep } from "./lifecycle/steps";
import { WIZARD_KINDS } from "./wizard-kinds";
import { recoveryKitHref } from "@/lib/recovery-kit/paths";

/**
 * `finishedRun`: Finish on a completing page names the run this browser finished, so the console shows the
 * procedure done for this person only (another browser opening the server later starts at step 3).
 */
export function consoleServerHref(serverName: string, finishedRun?: string): string {
  return `/console?server=${encodeURIComponent(serverName)}${finishedRun ? `&finished=${encodeURIComponent(finishedRun)}` : ""}`;
}

export function serverHref(serverId: string, page: "properties" | "review-configuration" | "manage-cals" | "reset-practice"): string {
  return `/console/servers/${encodeURIComponent(serverId)}/${page}`;
}

export function wizardHref(serverId: string, step: WizardStep): string {
  return `${serverHref(serverId, "manage-cals")}/${slugOf(step)}`;
}

/** The page that asks before Cancel leaves a Manage RDS CALs run whose deletion is behind it. */
export function cancelWizardHref(serverId: string): string {
  return `${serverHref(serverId, "manage-cals")}-cancel`;
}

export function keyPackCsvHref(serverId: string, runId?: string): string {
  return `/console/servers/${encodeURIComponent(serverId)}/installed-rds-cals.csv${runId ? `?run=${encodeURIComponent(runId)}` : ""}`;
}

/**
 * The console's View menu (docs/decisions/037): Connect to a license server by name, and Refresh, which shows
 * the page again as the server has it now (`current`: the page's own address).
 */
export function viewMenuItems(current: string): ServerMenuItem[] {
  return [
    { label: "Connect", href: "/console/connect" },
    { label: "Refresh", href: current },
  ];
}

/** Revoke License of one issued CAL (docs/decisions/037). */
export function revokeHref(serverId: string, calId: string): string {
  return `/console/servers/${encodeURIComponent(serverId)}/issued-cals/${encodeURIComponent(calId)}/revoke`;
}

/** The server's view after a revocation, saying what was revoked and how many more may be. */
export function revokedHref(serverName: string, revocationId: string): string {
  return `${consoleServerHref(serverName)}&revoked=${encodeURIComponent(revocationId)}`;
}

/** The server's saved CAL Usage reports (the tree's Reports node), one of them, and Create Report → CAL Usage. */
export function reportsHref(serverId: string, page?: "new" | { reportId: string; view?: "delete" | "cal-usage.csv" }): string {
  const base = `/console/servers/${encodeURIComponent(serverId)}/reports`;
  if (!page) return base;
  if (page === "new") return `${base}/new`;
  return `${base}/${encodeURIComponent(page.reportId)}${page.view ? `/${page.view}` : ""}`;
}

export interface ServerMenuItem {
  label: string;
  href: string;
  /** Set when the command is unavailable for this server: shown beside it, and the item does nothing. */
  disabledReason?: string;
  /** Items of one submenu of the real console share its name ("Create Report" → "CAL Usage", "Advanced" → "Reactivate Server"). */
  group?: string;
}

const NOT_ACTIVATED_REASON = "Unavailable until the license server is activated";
const ALREADY_ACTIVATED_REASON = "Unavailable: the license server is already activated";

/**
 * The server's commands, for the Action menu and the tree's context menu, in the real tool's order. What a
 * server's activation state does not allow is shown disabled with the reason (docs/decisions/021).
 */
export function serverMenuItems(serverId: string, state: { activated: boolean } = { activated: true }): ServerMenuItem[] {
  const needsActivation = state.activated ? {} : { disabledReason: NOT_ACTIVATED_REASON };
  const id = encodeURIComponent(serverId);
  return [
    { label: "Activate Server", href: `/console/servers/${id}/${WIZARD_KINDS.ACTIVATE_SERVER.segment}`, ...(state.activated ? { disabledReason: ALREADY_ACTIVATED_REASON } : {}) },
    { label: "Install Licenses", href: `/console/servers/${id}/${WIZARD_KINDS.INSTALL_LICENSES.segment}`, ...needsActivation },
    { label: "Manage RDS CALs", href: serverHref(serverId, "manage-cals"), ...needsActivation },
    { label: "Review Configuration", href: serverHref(serverId, "review-configuration") },
    { label: "CAL Usage", group: "Create Report", href: reportsHref(serverId, "new") },
    // Ours (docs/decisions/035-recovery-kit.md): the installed key packs as a signed kit for the Web site.
    // Before Properties, which stays the last of the real tool's items above Advanced.
    { label: "Recovery Kit", href: recoveryKitHref(serverId), ...needsActivation },
    { label: "Properties", href: serverHref(serverId, "properties") },
    { label: "Reactivate Server", href: `/console/servers/${id}/${WIZARD_KINDS.REACTIVATE_SERVER.segment}`, group: "Advanced", ...needsActivation },
    { label: "Deactivate Server", href: `/console/servers/${id}/${WIZARD_KINDS.DEACTIVATE_SERVER.segment}`, group: "Advanced", ...needsActivation },
  ];
}

/** A page of the Activate, Reactivate or Deactivate Server wizard (`/console/servers/<id>/<segment>/<slug>`). */
export function lifecycleHref(serverId: string, kind: LifecycleKind, step: LifecycleStep): string {
  return `/console/servers/${encodeURIComponent(serverId)}/${WIZARD_KINDS[kind].segment}/${LIFECYCLE_WIZARDS[kind].slugOf(step)}`;
}
