// A customer's history on the Web site (docs/decisions/035-recovery-kit.md): every license server and every
// license key pack ID ever issued to an e-mail address, with the request references. The address is proved
// by a one-time link sent through the mail outbox (lib/mail/outbox.ts, sent by the job queue, docs/decisions/017): the
// link's token is exchanged once for a session cookie of an hour; only hashes of both are stored. Whoever
// asks gets the same answer ("a link is on its way"), so the page tells nobody which addresses have requests.
// Staff see the same history on a request's page (historyFor, no proof: the helpdesk is signed in).
import { createHash } from "node:crypto";
import type { Database } from "@/lib/prisma-client";
import { toCsv } from "@/lib/csv";
import { queueHistoryLinkMail } from "@/lib/mail/outbox";
import { randomBytes } from "@/lib/licensing/random";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { calType as calTypeInfo, licenseProgram as programInfo, type CalType, type LicenseProgram } from "@/lib/licensing/catalog";

export const LINK_TTL_MS = 30 * 60_000;
export const SESSION_TTL_MS = 60 * 60_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = () => Buffer.from(randomBytes(32)).toString("base64url");

/** Files the link's e-mail for `email` (lowercased by the form's schema); `linkTo(token)` is its address. */
export async function sendHistoryLink(db: Database, email: string, linkTo: (token: string) => string, now = new Date()): Promise<void> {
  const token = newToken();
  await db.$transaction(async (tx) => {
    await tx.historyAccess.create({ data: { email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + LINK_TTL_MS) } });
    await queueHistoryLinkMail(tx, email, linkTo(token));
  });
}

/**
 * Exchanges the link's token for a session, once: the conditional update marks it used, so a second use
 * (a replay, a mail scanner that followed it first, a second tab) finds nothing. The session token, or null.
 */
export async function openHistory(db: Database, token: string, now = new Date()): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const session = newToken();
  const { count } = await db.historyAccess.updateMany({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, sessionHash: hashToken(session), sessionExpiresAt: new Date(now.getTime() + SESSION_TTL_MS) },
  });
  return count === 1 ? session : null;
}

/** The e-mail address a session proves, or null (unknown, expired, not one of ours). */
export async function sessionEmail(db: Database, session: string | null | undefined, now = new Date()): Promise<string | null> {
  if (!session || !TOKEN.test(session)) return null;
  const access = await db.historyAccess.findUnique({ where: { sessionHash: hashToken(session) }, select: { email: true, sessionExpiresAt: true } });
  return access && access.sessionExpiresAt && access.sessionExpiresAt > now ? access.email : null;
}

interface HistoryRow {
  reference: string;
  createdAt: Date;
  status: string;
  targetLicenseServerId: string;
  licenseProgram: LicenseProgram;
  calType: CalType;
  quantity: number;
  licenseKeyPackId: string | null;
}

export interface LicenseServerHistory {
  licenseServerId: string;
  requests: HistoryRow[];
}

/** Every request made with `email` (stored lowercased), by license server, newest first. */
export async function historyFor(db: Database, email: string): Promise<LicenseServerHistory[]> {
  const rows = await db.recoveryRequest.findMany({
    where: { email: email.trim().toLowerCase() },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 2000,
    select: { reference: true, createdAt: true, status: true, targetLicenseServerId: true, licenseProgram: true, calType: true, quantity: true, issuedKeyPack: { select: { licenseKeyPackId: true } } },
  });
  const servers = new Map<string, HistoryRow[]>();
  for (const { issuedKeyPack, ...row } of rows) {
    const list = servers.get(row.targetLicenseServerId) ?? [];
    list.push({ ...row, licenseKeyPackId: issuedKeyPack?.licenseKeyPackId ?? null });
    servers.set(row.targetLicenseServerId, list);
  }
  return [...servers].map(([licenseServerId, requests]) => ({ licenseServerId, requests }));
}

/** The history as CSV, one request a line (lib/csv.ts, the one CSV writer). */
export function historyCsv(history: readonly LicenseServerHistory[]): string {
  return toCsv(
    history.flatMap((server) =>
      server.requests.map((r) => ({
        "License Server ID": formatLicenseServerId(server.licenseServerId),
        "Request reference": r.reference,
        Received: r.createdAt.toISOString(),
        Status: r.status,
        "License Program": programInfo(r.licenseProgram).label,
        "Type of RDS CAL": calTypeInfo(r.calType).label,
        Quantity: r.quantity,
        "License key pack ID": r.licenseKeyPackId ? formatKeyPackId(r.licenseKeyPackId) : "",
      })),
    ),
  );
}
