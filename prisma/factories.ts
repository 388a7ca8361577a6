// Factories that write realistic rows through Prisma. Used by the seed, by integration tests and by the
// end-to-end fixtures, so demo data and test data are made the same way. Names get a random suffix when
// asked, so parallel tests never collide.
import type { Database } from "@/lib/prisma-client";
import type { CalType, ConnectionMethod, LicenseProgram } from "@/lib/licensing/catalog";
import { calType as calTypeInfo } from "@/lib/licensing/catalog";
import { installIssuedKeyPack } from "@/lib/console/installed-packs";
import { issueKeyPackInTransaction, type IssueKeyPackInput } from "@/lib/clearinghouse/issue-key-pack";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { recordExistingActivation } from "@/lib/clearinghouse/server-records";
import { hashPassword } from "@/lib/auth/password";
import { randomString } from "@/lib/licensing/random";
import type { StaffRole } from "@/generated/prisma/client";

export function uniqueSuffix(): string {
  return randomString("0123456789ABCDEF", 8);
}

export interface LicenseServerInput {
  name?: string;
  activated?: boolean;
  connectionMethod?: ConnectionMethod;
  company?: string;
  firstName?: string;
  lastName?: string;
  countryRegion?: string;
  email?: string;
  organizationalUnit?: string;
  /** The domain it is a member of (CONTOSO, whose users the Per User CALs below name); null: a workgroup. */
  domain?: string | null;
  practiceOwner?: string;
  practiceExpiresAt?: Date;
}

/**
 * A license server; activated (the default) with a License Server ID the Clearinghouse has on record, so it
 * can be reactivated and deactivated; not activated without one (docs/decisions/021-activation-lifecycle.md).
 */
export async function createLicenseServer<I extends LicenseServerInput>(db: Database, input: I = {} as I) {
  const activated = input.activated ?? true;
  const server = await db.licenseServer.create({
    data: {
      name: input.name ?? `LS-TEST-${uniqueSuffix()}`,
      licenseServerId: activated ? generateLicenseServerId() : null,
      productId: generateProductId(),
      activated,
      activatedAt: activated ? new Date() : null,
      connectionMethod: input.connectionMethod ?? "WEB_BROWSER",
      firstName: activated ? (input.firstName ?? "Alex") : null,
      lastName: activated ? (input.lastName ?? "Morgan") : null,
      company: activated ? (input.company ?? "Contoso Ltd") : null,
      countryRegion: activated ? (input.countryRegion ?? "US") : null,
      email: input.email ?? null,
      organizationalUnit: input.organizationalUnit ?? null,
      domain: input.domain === undefined ? "CONTOSO" : input.domain,
      practiceOwner: input.practiceOwner ?? null,
      practiceExpiresAt: input.practiceExpiresAt ?? null,
    },
  });
  if (server.licenseServerId) {
    await recordExistingActivation(db, { ...server, licenseServerId: server.licenseServerId, method: server.connectionMethod, firstName: server.firstName!, lastName: server.lastName!, company: server.company!, countryRegion: server.countryRegion! });
  }
  return server as typeof server & { licenseServerId: I extends { activated: false } ? null : string };
}

export interface EntitlementInput {
  licenseProgram: LicenseProgram;
  credential: string;
  calType: CalType;
  quantity: number;
  customerName?: string;
  practiceServerId?: string;
}

export function createEntitlement(db: Database, input: EntitlementInput) {
  return db.entitlement.create({ data: { customerName: "Contoso Ltd", ...input } });
}

/** A license key pack ID as the Clearinghouse issues it, recorded in IssuedKeyPack. */
export function issueKeyPack(db: Database, input: IssueKeyPackInput) {
  return db.$transaction((tx) => issueKeyPackInTransaction(tx, input));
}

export interface InstallInput {
  /** Issued for the server (issueKeyPack): the pack's type, program, quantity and lineage are the ones it names. */
  licenseKeyPackId: string;
  /** How many CALs of the pack to mark as issued to clients. */
  issued?: number;
  expiresAt?: Date | null;
}

/**
 * Installs a key pack on a server (as an earlier install would have) with some CALs issued from it, through
 * the console's one write of a pack (lib/console/installed-packs.ts): it records the lineage the ID names.
 */
export async function createInstalledKeyPack(db: Database, serverId: string, input: InstallInput) {
  return db.$transaction(async (tx) => {
    const server = await tx.licenseServer.findUniqueOrThrow({ where: { id: serverId }, select: { id: true, licenseServerId: true } });
    const { pack: installed } = await installIssuedKeyPack(tx, server, input.licenseKeyPackId, { expiresAt: input.expiresAt ?? null });
    const pack = await tx.installedKeyPack.findUniqueOrThrow({ where: { id: installed.id } });
    const issued = Math.min(input.issued ?? 0, pack.totalLicenses);
    if (issued > 0) {
      const perUser = calTypeInfo(pack.calType).perUser;
      const now = Date.now();
      await tx.issuedCal.createMany({
        data: Array.from({ length: issued }, (_, i) => ({
          serverId,
          installedKeyPackId: pack.id,
          issuedTo: perUser ? `CONTOSO\\user${String(i + 1).padStart(3, "0")}` : `WKS-${String(pack.keypackId * 1000 + i + 1).padStart(5, "0")}`,
          issuedOn: new Date(now - (i + 1) * 86_400_000),
          expiresOn: perUser ? null : new Date(now + (60 - (i % 30)) * 86_400_000),
        })),
      });
    }
    return pack;
  });
}

/** Issues a key pack for a server from an entitlement and installs it there, as a past purchase would be. */
export async function issueAndInstall(
  db: Database,
  server: { id: string; licenseServerId: string },
  entitlement: { id: string; licenseProgram: LicenseProgram; calType: CalType },
  quantity: number,
  issued = 0,
) {
  const pack = await issueKeyPack(db, {
    targetLicenseServerId: server.licenseServerId,
    calType: entitlement.calType,
    licenseProgram: entitlement.licenseProgram,
    quantity,
    entitlementId: entitlement.id,
  });
  return createInstalledKeyPack(db, server.id, { licenseKeyPackId: pack.licenseKeyPackId, issued });
}

export interface StaffInput {
  email?: string;
  name?: string;
  password: string;
  role: StaffRole;
  active?: boolean;
}

export async function createStaffUser(db: Database, input: StaffInput) {
  return db.staffUser.create({
    data: {
      email: (input.email ?? `staff-${uniqueSuffix().toLowerCase()}@clearinghouse.example`).toLowerCase(),
      name: input.name ?? "Test Staff",
      passwordHash: await hashPassword(input.password),
      role: input.role,
      active: input.active ?? true,
    },
  });
}

