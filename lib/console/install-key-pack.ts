// The console's one install of license key pack IDs, for both wizards that install: Manage RDS CALs (the
// rebuild's Obtain Client License Key Pack) and Install Licenses (its Obtain Client License Key Pack, and
// the IDs the Clearinghouse returns by Automatic connection). Each ID is checked offline (decodeKeyPackId:
// mistyped / issued for another server / valid), then all of them are installed with the run's advance in
// one transaction (insertInstalledKeyPacks: the generation rule of docs/decisions/018). The run kind decides
// only where its run goes next (the RunAdvance), docs/decisions/023. The migration installs through its own
// write (manage-cals/migrate-mutations.ts: the source pack superseded) after the same check, checkKeyPackIdForServer.
import "server-only";
import type { Database } from "@/lib/prisma-client";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { decodeKeyPackId, type KeyPackPayload } from "@/lib/licensing/key-pack-id";
import { KEY_PACK_ID_FORMAT_MESSAGES } from "@/lib/licensing/key-pack-id-format";
import { EVENT_IDS, licensesInstalledMessage } from "./events";
import { KEY_PACK_MESSAGES } from "./key-pack-messages";
import { findInstalledKeyPack, insertInstalledKeyPacks, type KeyPackToInstall, type RunAdvance } from "./manage-cals/mutations";
import type { InstallStep } from "./install-licenses/steps";

/** The rebuild: after the deletion, on to Reinstalling Additional RDS CALs. */
export const MANAGE_CALS_ADVANCE: RunAdvance = {
  where: { kind: "MANAGE_CALS", deletedAt: { not: null } },
  from: ["REINSTALLING", "OBTAIN_KEY_PACK"],
  to: "REINSTALL_ADDITIONAL",
  data: { continueChoice: null },
};

/** Install Licenses: the install finishes the run (its completing page lists what it installed). */
export function installLicensesAdvance(from: InstallStep): RunAdvance {
  return {
    where: { kind: "INSTALL_LICENSES" },
    from: [from],
    to: "INSTALL_COMPLETED",
    data: { status: "FINISHED", activeServerId: null, finishedAt: new Date() },
    event: { eventId: EVENT_IDS.LICENSES_INSTALLED, message: licensesInstalledMessage() },
  };
}

export type InstallResult =
  | { kind: "installed"; keypackIds: number[] }
  /** The run was no longer where the post expected (a double click, a second tab): nothing was written. */
  | { kind: "replay" }
  /** Refused with a message for the license key pack ID field; nothing was written. */
  | { kind: "refused"; message: string; index: number }
  /** The ID is on this server already; `byThisRun` when this run installed it (so a replay, most likely). */
  | { kind: "already-installed"; message: string; byThisRun: boolean };

export type CheckedKeyPackId = { ok: true; value: string; payload: KeyPackPayload } | { ok: false; message: string };

/**
 * A typed license key pack ID checked offline for this server, with the message its field shows when it is
 * refused. The one check of every install (this module's and the migration's, manage-cals/migrate-mutations.ts).
 */
function checkKeyPackIdForServer(id: string, server: { licenseServerId: string | null }, secrets: readonly string[]): CheckedKeyPackId {
  // A server without a License Server ID (not activated) can hold no key pack: every ID is "not for this server".
  const decoded = decodeKeyPackId(id, server.licenseServerId ?? "", secrets);
  if (decoded.status === "mistyped") return { ok: false, message: KEY_PACK_ID_FORMAT_MESSAGES[decoded.error] };
  if (decoded.status === "not-for-this-server") return { ok: false, message: KEY_PACK_MESSAGES.otherServer };
  return { ok: true, value: decoded.value, payload: decoded.payload };
}

/** checkKeyPackIdForServer with the accepted secrets read from the database. */
export async function readKeyPackIdForServer(db: Database, id: string, server: { licenseServerId: string | null }): Promise<CheckedKeyPackId> {
  return checkKeyPackIdForServer(id, server, (await getKeyPackSecrets(db)).accepted);
}

export async function installKeyPackIds(
  db: Database,
  server: { id: string; licenseServerId: string | null },
  runId: string,
  licenseKeyPackIds: readonly string[],
  advance: RunAdvance,
): Promise<InstallResult> {
  const secrets = (await getKeyPackSecrets(db)).accepted;
  const packs: KeyPackToInstall[] = [];
  for (const [index, id] of licenseKeyPackIds.entries()) {
    const decoded = checkKeyPackIdForServer(id, server, secrets);
    if (!decoded.ok) return { kind: "refused", message: decoded.message, index };
    const existing = await findInstalledKeyPack(db, server.id, decoded.value);
    if (existing) return alreadyInstalled(existing, runId);
    packs.push({ licenseKeyPackId: decoded.value, payload: decoded.payload });
  }
  const outcome = await insertInstalledKeyPacks(db, server.id, runId, packs, advance);
  switch (outcome.kind) {
    case "installed":
      return { kind: "installed", keypackIds: outcome.keypackIds };
    case "replay":
      return { kind: "replay" };
    case "refused-id":
      return { kind: "refused", message: outcome.message, index: 0 };
    case "already-installed": {
      // A simultaneous post installed one of them first: say which, as above.
      for (const pack of packs) {
        const existing = await findInstalledKeyPack(db, server.id, pack.licenseKeyPackId);
        if (existing) return alreadyInstalled(existing, runId);
      }
      return { kind: "replay" };
    }
  }
}

function alreadyInstalled(existing: { keypackId: number; wizardRunId: string | null }, runId: string): InstallResult {
  return { kind: "already-installed", message: KEY_PACK_MESSAGES.alreadyInstalled(existing.keypackId), byThisRun: existing.wizardRunId === runId };
}
