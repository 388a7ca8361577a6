// The console's event log entries, in the spirit of the TermServLicensing event source. Event 88 and its
// text are Microsoft's ("The RD Licensing database has been successfully rebuilt."); the other IDs are ours.
import { calType, connectionMethodLabel, licenseProgram, type CalType, type ConnectionMethod, type LicenseProgram } from "@/lib/licensing/catalog";

export const EVENT_IDS = {
  PROPERTIES_CHANGED: 40,
  REBUILD_STARTED: 85,
  CALS_DELETED: 86,
  KEY_PACK_INSTALLED: 87,
  REBUILT: 88,
  REBUILD_CANCELLED: 89,
  KEY_PACK_RETIRED: 90,
  // Migrate RDS CALs (docs/decisions/025): docs/domain.md's 89 / 90 were taken by the rebuild's events above.
  MIGRATED_CALS_REMOVED: 91,
  MIGRATED_CALS_NOT_REMOVED: 92,
  // A license server's life (docs/decisions/021-activation-lifecycle.md); 44 is what practice servers already log.
  SERVER_ACTIVATED: 44,
  SERVER_REACTIVATED: 45,
  SERVER_DEACTIVATED: 46,
  LIFECYCLE_WIZARD_CANCELLED: 47,
  LICENSES_INSTALLED: 120,
  INSTALL_LICENSES_CANCELLED: 121,
  // Revoke License (docs/decisions/037).
  CAL_REVOKED: 130,
  // Convert RDS CALs (docs/decisions/032, its worked example); ours, like the others above.
  CALS_CONVERTED: 131,
} as const;

export const REBUILT_MESSAGE = "The RD Licensing database has been successfully rebuilt.";

export function rebuildStartedMessage(reason: string): string {
  return `The Manage RDS CALs Wizard started to rebuild the RD Licensing database. Reason: ${reason}.`;
}

export function calsDeletedMessage(keyPacks: number, cals: number): string {
  return `The contents of the RD Licensing database were deleted: ${plural(keyPacks, "key pack")} and ${plural(cals, "issued RDS CAL")}.`;
}

export function keyPackInstalledMessage(pack: { calType: CalType; licenseProgram: LicenseProgram; totalLicenses: number; keypackId: number }): string {
  return `A license key pack was installed: ${calType(pack.calType).label}, ${licenseProgram(pack.licenseProgram).label}, ${plural(pack.totalLicenses, "license")} (Keypack ID ${pack.keypackId}).`;
}

/** A later license key pack ID of the same purchase replaced these packs (docs/decisions/018-key-pack-generations.md). */
export function keyPacksRetiredMessage(keypackIds: readonly number[], generation: number): string {
  const ids = keypackIds.join(", ");
  return `${keypackIds.length === 1 ? `Key pack ${ids} was` : `Key packs ${ids} were`} removed: a later license key pack ID of the same purchase (generation ${generation}) was installed in its place.`;
}

/** Event 91: in the target's and the source's logs. `removed` describes the source's packs (describeKeyPackLines). */
export function migratedCalsRemovedMessage(source: string, target: string, removed: string): string {
  return removed
    ? `RDS CALs migrated from license server ${source} to ${target} were removed from ${source}: ${removed}.`
    : `RDS CALs were migrated from license server ${source} to ${target}; ${source} held no RDS CALs of that purchase, so nothing was removed from it.`;
}

/** Event 92: the source was not available, so a person must remove the CALs from it. */
export function migratedCalsNotRemovedMessage(source: string, target: string, toRemove: string): string {
  return `RDS CALs were migrated from license server ${source} to ${target}, but were not removed from ${source}: it was not available on the network. Remove them from ${source} by hand: ${toRemove}.`;
}

export const MIGRATION_CANCELLED_MESSAGE = "The Manage RDS CALs Wizard was cancelled before any RDS CALs were migrated.";

export const REBUILD_CANCELLED_MESSAGE = "The Manage RDS CALs Wizard was cancelled before any RDS CALs were deleted.";

export function licensesInstalledMessage(): string {
  return "The Install Licenses Wizard completed: the license key packs above were installed.";
}

export const INSTALL_LICENSES_CANCELLED_MESSAGE = "The Install Licenses Wizard was cancelled before any licenses were installed.";

export function propertiesChangedMessage(before: ConnectionMethod, after: ConnectionMethod, companyChanged: boolean): string | null {
  const parts: string[] = [];
  if (before !== after) parts.push(`The connection method was changed from ${connectionMethodLabel(before)} to ${connectionMethodLabel(after)}.`);
  if (companyChanged) parts.push("The company information was updated.");
  return parts.length ? parts.join(" ") : null;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

export function serverActivatedMessage(method: ConnectionMethod): string {
  return `The license server was activated by using the ${connectionMethodLabel(method)} connection method.`;
}

export function serverReactivatedMessage(method: ConnectionMethod, reason: string): string {
  return `The license server was reactivated by using the ${connectionMethodLabel(method)} connection method and has a new License Server ID. Reason: ${reason}.`;
}

export function serverDeactivatedMessage(method: ConnectionMethod): string {
  return `The license server was deactivated by using the ${connectionMethodLabel(method)} connection method. It can issue only temporary RDS CALs until it is activated again.`;
}

export function lifecycleCancelledMessage(wizardName: string): string {
  return `The ${wizardName} was cancelled. Nothing was changed.`;
}

/** Event 130: an issued RDS Per Device CAL was revoked and is back in its pack's pool. */
export function calRevokedMessage(issuedTo: string, typeLabel: string, keypackId: number, remaining: number): string {
  return `The ${typeLabel} issued to ${issuedTo} (Keypack ID ${keypackId}) was revoked and returned to the pool of available licenses. ${remaining === 0 ? "No more" : remaining.toLocaleString("en-US")} ${typeLabel}${remaining === 1 ? "" : "s"} can be revoked now.`;
}

/** Event 131: a key pack's unissued RDS CALs were converted to the other type (a new key pack). */
export function calsConvertedMessage(count: number, from: CalType, sourceKeypackId: number, left: number, to: CalType, keypackId: number): string {
  const source = left === 0 ? `key pack ${sourceKeypackId} had none left and was removed` : `key pack ${sourceKeypackId} keeps ${plural(left, "license")}`;
  return `${plural(count, `${calType(from).label} license`)} of key pack ${sourceKeypackId} ${count === 1 ? "was" : "were"} converted to ${calType(to).label} (Keypack ID ${keypackId}); ${source}.`;
}

export const CONVERSION_CANCELLED_MESSAGE = "The Manage RDS CALs Wizard was cancelled before any RDS CALs were converted.";
