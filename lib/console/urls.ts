// The console's addresses, in one place for pages, actions and tests.
import { slugOf, type WizardStep } from "./wizard-steps";

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
  /** Items of one submenu of the real console ("Create Report" → "CAL Usage") share its name. */
  group?: string;
}

/** The server's commands, for the Action menu and the tree's context menu. */
export function serverMenuItems(serverId: string): ServerMenuItem[] {
  return [
    { label: "Manage RDS CALs", href: serverHref(serverId, "manage-cals") },
    { label: "Review Configuration", href: serverHref(serverId, "review-configuration") },
    { label: "CAL Usage", group: "Create Report", href: reportsHref(serverId, "new") },
    { label: "Properties", href: serverHref(serverId, "properties") },
  ];
}
