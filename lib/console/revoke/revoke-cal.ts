// Revoke License of an issued RDS Per Device CAL (docs/decisions/037): the CAL's row is deleted, so its pack's
// Available count grows at once, and a CalRevocation keeps what it was and counts against the 20% of its
// version (lib/console/revoke/revoke-rule.ts) until it stops standing. One transaction with the event and the audit
// entry; the server's row is locked first, so two revocations at once cannot both take the last place.
// Each read takes a VisibleServer (lib/practice/visibility.ts): the page or the action's guard asked once.
import type { Prisma } from "@/generated/prisma/client";
import type { VisibleServer } from "@/lib/practice/visibility";
import { recordAudit } from "@/lib/audit";
import type { Database } from "@/lib/prisma-client";
import { calType, type CalType } from "@/lib/licensing/catalog";
import { EVENT_IDS, calRevokedMessage } from "../events";
import { isRevocable, revocationAllowance, revocationStandsUntil, type RevocationAllowance } from "./revoke-rule";

type Tx = Prisma.TransactionClient;

const calSelect = { id: true, issuedTo: true, issuedOn: true, expiresOn: true, installedKeyPack: { select: { calType: true, keypackId: true } } } as const;

async function allowanceOf(tx: Tx | Database, serverId: string, type: CalType, now: Date): Promise<RevocationAllowance> {
  const [installed, standing] = await Promise.all([
    tx.installedKeyPack.aggregate({ where: { serverId, calType: type }, _sum: { totalLicenses: true } }),
    tx.calRevocation.findMany({ where: { serverId, calType: type, standsUntil: { gt: now } }, select: { standsUntil: true } }),
  ]);
  return revocationAllowance(installed._sum.totalLicenses ?? 0, standing.map((r) => r.standsUntil), now);
}

/** What the Revoke License page shows: the CAL (null when not this server's), and its version's allowance. */
export async function readRevokeView(db: Database, server: VisibleServer, calId: string, now = new Date()) {
  const serverId = server.id;
  const cal = await db.issuedCal.findFirst({ where: { id: calId, serverId }, select: calSelect });
  if (!cal) {
    const revoked = await db.calRevocation.findFirst({ where: { issuedCalId: calId, serverId }, select: { id: true } });
    return { cal: null, revocationId: revoked?.id ?? null, allowance: null };
  }
  const type = cal.installedKeyPack.calType;
  return { cal, revocationId: null, allowance: isRevocable(type) ? await allowanceOf(db, serverId, type, now) : null };
}

export type RevokeOutcome =
  | { kind: "no-server" }
  | { kind: "no-cal" }
  | { kind: "per-user" }
  | { kind: "limit"; calType: CalType; allowance: RevocationAllowance }
  | { kind: "revoked"; serverName: string; revocationId: string; again: boolean };

export async function revokeIssuedCal(db: Database, server: VisibleServer, calId: string, now = new Date()): Promise<RevokeOutcome> {
  const serverId = server.id;
  return db.$transaction(async (tx) => {
    // Gone since the guard saw it (a practice server expired, reset or deleted): nothing to revoke.
    const locked = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "LicenseServer" WHERE "id" = ${serverId} FOR UPDATE`;
    if (locked.length === 0) return { kind: "no-server" };
    const cal = await tx.issuedCal.findFirst({ where: { id: calId, serverId }, select: calSelect });
    if (!cal) {
      // Revoked already (a double click, a second tab): the same result, no second record.
      const done = await tx.calRevocation.findFirst({ where: { issuedCalId: calId, serverId }, select: { id: true } });
      return done ? { kind: "revoked", serverName: server.name, revocationId: done.id, again: true } : { kind: "no-cal" };
    }
    const type = cal.installedKeyPack.calType;
    if (!isRevocable(type)) return { kind: "per-user" };
    const allowance = await allowanceOf(tx, serverId, type, now);
    if (allowance.remaining === 0) return { kind: "limit", calType: type, allowance };
    await tx.issuedCal.delete({ where: { id: cal.id } });
    const revocation = await tx.calRevocation.create({
      data: {
        serverId,
        issuedCalId: cal.id,
        calType: type,
        issuedTo: cal.issuedTo,
        keypackId: cal.installedKeyPack.keypackId,
        issuedOn: cal.issuedOn,
        expiresOn: cal.expiresOn,
        revokedAt: now,
        standsUntil: revocationStandsUntil(cal, now),
      },
    });
    const remaining = allowance.remaining - 1;
    await tx.serverEvent.create({ data: { serverId, eventId: EVENT_IDS.CAL_REVOKED, message: calRevokedMessage(cal.issuedTo, calType(type).label, cal.installedKeyPack.keypackId, remaining) } });
    await recordAudit(tx, {
      actorLabel: "Console",
      action: "issued-cal.revoked",
      entityType: "CalRevocation",
      entityId: revocation.id,
      before: { issuedCalId: cal.id, issuedTo: cal.issuedTo, calType: type, keypackId: cal.installedKeyPack.keypackId, issuedOn: cal.issuedOn.toISOString(), expiresOn: cal.expiresOn?.toISOString() ?? null },
      after: { serverId, revokedAt: now.toISOString(), standsUntil: revocation.standsUntil.toISOString(), revocableAfter: remaining },
    });
    return { kind: "revoked", serverName: server.name, revocationId: revocation.id, again: false };
  });
}

/** The notice the console shows after a revocation: what was revoked and how many more of its version may be now. */
export async function readRevocationNotice(db: Database, server: VisibleServer, revocationId: string, now = new Date()) {
  const serverId = server.id;
  const revocation = await db.calRevocation.findFirst({ where: { id: revocationId, serverId }, select: { issuedTo: true, calType: true, keypackId: true, revokedAt: true } });
  if (!revocation) return null;
  return { ...revocation, allowance: await allowanceOf(db, serverId, revocation.calType, now) };
}
