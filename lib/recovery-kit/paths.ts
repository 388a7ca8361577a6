// Where the recovery kit lives on each site (docs/decisions/035-recovery-kit.md).

/** The Web site's "Use a recovery kit" page, under Manage CALs. */
export const USE_RECOVERY_KIT_PATH = "/licensing/manage-cals/recovery-kit";
/** Its page name under the Web site's start page, for licensingPageUrl (lib/console/licensing-link.ts). */
export const USE_RECOVERY_KIT_PAGE = "manage-cals/recovery-kit";

/** The console's Recovery Kit page of a server (Action menu). */
export function recoveryKitHref(serverId: string): string {
  return `/console/servers/${encodeURIComponent(serverId)}/recovery-kit`;
}

/** The kit as a file; `runId`: what that rebuild deleted. */
export function recoveryKitFileHref(serverId: string, runId?: string | null): string {
  return `/console/servers/${encodeURIComponent(serverId)}/recovery-kit.json${runId ? `?run=${encodeURIComponent(runId)}` : ""}`;
}
