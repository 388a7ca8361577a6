// Reads for the Manage CALs pages: the visitor's draft (through the cookie) with its request, and the
// status lookup by reference number plus e-mail address or Target License Server ID.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getDb } from "@/lib/db";
import { Prisma, type RecoveryStatus } from "@/generated/prisma/client";
import { readDraftId } from "./draft-cookie";
import type { StatusLookup } from "./schemas";
import { DRAFT_FIELDS, DRAFT_SELECT, pickFields, type DraftColumns, type SiteOption } from "./steps";

const requestSelect = {
  ...DRAFT_SELECT,
  id: true,
  option: true,
  reference: true,
  status: true,
  reviewReason: true,
  rejectionReason: true,
  createdAt: true,
  issuedKeyPack: { select: { licenseKeyPackId: true } },
} satisfies Prisma.RecoveryRequestSelect;

type RequestRow = Prisma.RecoveryRequestGetPayload<{ select: typeof requestSelect }>;

/** A submitted request as the visitor may see it. */
export interface RequestView {
  /** Manage CALs (a recovery) or Install client access licenses. */
  option: SiteOption;
  reference: string;
  status: RecoveryStatus;
  submittedAt: Date;
  reviewReason: string | null;
  rejectionReason: string | null;
  /** Only once issued (at once, or approved by the helpdesk). */
  licenseKeyPackId: string | null;
  details: DraftColumns;
}

function toView(row: RequestRow): RequestView {
  const { option, reference, status, createdAt, reviewReason, rejectionReason, issuedKeyPack } = row;
  const issued = status === "ISSUED" || status === "APPROVED";
  const details: DraftColumns = pickFields(row, DRAFT_FIELDS);
  return {
    option,
    reference,
    status,
    submittedAt: createdAt,
    reviewReason,
    rejectionReason: status === "REJECTED" ? rejectionReason : null,
    licenseKeyPackId: issued ? (issuedKeyPack?.licenseKeyPackId ?? null) : null,
    details,
  };
}

async function getDraftById(draftId: string) {
  const db = await getDb();
  const draft = await db.manageCalsDraft.findUnique({ where: { id: draftId }, select: { id: true, option: true, ...DRAFT_SELECT, request: { select: requestSelect } } });
  if (!draft) return null;
  const { request, ...rest } = draft;
  return { ...rest, request: request ? toView(request) : null };
}

export type CurrentDraft = NonNullable<Awaited<ReturnType<typeof getDraftById>>>;

/** The draft this visitor's cookie names, with its request once submitted; null when there is none. */
export async function getCurrentDraft(): Promise<CurrentDraft | null> {
  const draftId = await readDraftId();
  return draftId ? getDraftById(draftId) : null;
}

type LookupRow = Omit<RequestRow, "issuedKeyPack"> & { found: boolean; licenseKeyPackId: string | null };

const lookupColumns = Prisma.raw(
  [...DRAFT_FIELDS, "id", "option", "reference", "status", "reviewReason", "rejectionReason", "createdAt"].map((c) => `r."${c}"`).join(", "),
);

/**
 * The request matching both the reference and the contact detail; null otherwise (never says which failed).
 * It takes the same time whether the reference exists: one statement that always returns one row (the
 * request's columns, or nulls), then one constant-time comparison of the contact, against a value that
 * cannot match when there is no request (issue 13 point 6; bench/status-timing.ts measures it).
 */
export async function findRequestForLookup(lookup: StatusLookup): Promise<RequestView | null> {
  const db = await getDb();
  const [row] = await db.$queryRaw<LookupRow[]>`
    SELECT (r."id" IS NOT NULL) AS "found", ${lookupColumns}, p."licenseKeyPackId"
    FROM (SELECT 1) AS one
    LEFT JOIN "RecoveryRequest" r ON r."reference" = ${lookup.reference}
    LEFT JOIN "IssuedKeyPack" p ON p."id" = r."issuedKeyPackId"`;
  const stored = row?.found ? (lookup.contact.kind === "email" ? row.email : row.targetLicenseServerId) : null;
  // Hashes have one length, so timingSafeEqual compares them in full; with nothing stored the other side is a
  // different value of the same length.
  const given = digest(lookup.contact.value);
  const matches = timingSafeEqual(given, stored === null ? Buffer.alloc(given.length, 0) : digest(stored));
  if (!row?.found || stored === null || !matches) return null;
  return toView({ ...row, issuedKeyPack: row.licenseKeyPackId === null ? null : { licenseKeyPackId: row.licenseKeyPackId } });
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
