// Making a license server's recovery kit (docs/decisions/035-recovery-kit.md): every installed key pack (or,
// after a rebuild's deletion, every pack the run deleted, from its snapshot) with its License Program, type
// of RDS CAL, quantity and license key pack ID, the credential when this console knows it (typed in Install
// Licenses by Automatic connection, one purchase per run), the License Server ID and the company information
// of Properties; signed with the server's own key. Nothing secret: the IDs only install on this server.
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/prisma-client";
import { canonicalCredential } from "@/lib/licensing/credentials";
import { KIT_FORMAT, KIT_VERSION, type KitPack, type RecoveryKit, type Unsigned } from "@/lib/recovery-kit/format";
import { privateKeyOf, signDocument } from "@/lib/recovery-kit/signing-keys";
import { readInstallAnswers } from "../install-licenses-schemas";
import { parseDeletedSnapshot } from "../key-pack-rows";

export type MakeKitResult = { ok: true; kit: RecoveryKit } | { ok: false; message: string };

const KIT_MESSAGES = {
  notActivated: "A recovery kit needs the License Server ID: activate the license server first.",
  noPacks: "No RDS CALs are installed on this license server: there is nothing to put in a recovery kit.",
  noCompany: "The recovery kit names the company that files the requests: enter the required company information in Properties first.",
} as const;

/** The credential each installed pack was typed with, when one Install Licenses run installed it from one purchase. */
function credentialsByPack(packs: { licenseKeyPackId: string; licenseProgram: KitPack["licenseProgram"]; wizardRun: { kind: string; answers: unknown } | null }[]) {
  const out = new Map<string, string>();
  for (const pack of packs) {
    if (pack.wizardRun?.kind !== "INSTALL_LICENSES") continue;
    const answers = readInstallAnswers(pack.wizardRun.answers);
    const [only, ...more] = answers?.credentials ?? [];
    if (!only || more.length > 0 || answers?.licenseProgram !== pack.licenseProgram) continue;
    const credential = canonicalCredential(pack.licenseProgram, only);
    if (credential) out.set(pack.licenseKeyPackId, credential);
  }
  return out;
}

/**
 * The server's kit, signed. `runId`: the packs that rebuild deleted (its snapshot) instead of the installed
 * ones, so a kit can still be made on Obtain Client License Key Pack after the deletion.
 */
export async function makeRecoveryKit(db: Database, serverId: string, options: { runId?: string; now?: Date } = {}): Promise<MakeKitResult | null> {
  const server = await db.licenseServer.findUnique({
    where: { id: serverId },
    select: { name: true, licenseServerId: true, firstName: true, lastName: true, company: true, countryRegion: true, email: true },
  });
  if (!server) return null;
  if (!server.licenseServerId) return { ok: false, message: KIT_MESSAGES.notActivated };
  if (!server.firstName || !server.lastName || !server.company || !server.countryRegion) return { ok: false, message: KIT_MESSAGES.noCompany };

  let packs: KitPack[];
  if (options.runId) {
    const run = await db.wizardRun.findFirst({ where: { id: options.runId, serverId, deletedAt: { not: null } }, select: { deletedSnapshot: true } });
    if (!run) return null;
    packs = parseDeletedSnapshot(run.deletedSnapshot).map((row) => ({
      licenseProgram: row.licenseProgram,
      credential: null,
      calType: row.calType,
      quantity: row.totalLicenses,
      licenseKeyPackId: row.licenseKeyPackId,
    }));
  } else {
    const installed = await db.installedKeyPack.findMany({
      where: { serverId },
      orderBy: { keypackId: "asc" },
      select: { licenseKeyPackId: true, licenseProgram: true, calType: true, totalLicenses: true, wizardRun: { select: { kind: true, answers: true } } },
    });
    const credentials = credentialsByPack(installed);
    packs = installed.map((p) => ({
      licenseProgram: p.licenseProgram,
      credential: credentials.get(p.licenseKeyPackId) ?? null,
      calType: p.calType,
      quantity: p.totalLicenses,
      licenseKeyPackId: p.licenseKeyPackId,
    }));
  }
  if (packs.length === 0) return { ok: false, message: KIT_MESSAGES.noPacks };

  const unsigned: Unsigned<RecoveryKit> = {
    format: KIT_FORMAT,
    version: KIT_VERSION,
    kitId: randomUUID(),
    madeAt: (options.now ?? new Date()).toISOString(),
    licenseServerId: server.licenseServerId,
    serverName: server.name,
    company: { firstName: server.firstName, lastName: server.lastName, companyName: server.company, countryRegion: server.countryRegion, email: server.email || null },
    packs,
  };
  return { ok: true, kit: signDocument(unsigned, await privateKeyOf(db, server.licenseServerId)) };
}
