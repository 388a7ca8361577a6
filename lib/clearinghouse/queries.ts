// Reads for the Manage CALs pages: the visitor's draft (through the cookie) with its request, and the
// status lookup by reference number plus e-mail address or Target License Server ID.
import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma, RecoveryStatus } from "@/generated/prisma/client";
import { readDraftId } from "./draft-cookie";
import type { StatusLookup } from "./schemas";
import { DRAFT_FIELDS, DRAFT_SELECT, pickFields, type DraftColumns } from "./steps";

const requestSelect = {
  ...DRAFT_SELECT,
  id: true,
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
  const { reference, status, createdAt, reviewReason, rejectionReason, issuedKeyPack } = row;
  const issued = status === "ISSUED" || status === "APPROVED";
  const details: DraftColumns = pickFields(row, DRAFT_FIELDS);
  return {
    reference,
    status,
    submittedAt: createdAt,
    reviewReason,
    rejectionReason: status === "REJECTED" ? rejectionReason : null,
    licenseKeyPackId: issued ? (issuedKeyPack?.licenseKeyPackId ?? null) : null,
    details,
  };
}

export async function getDraftById(draftId: string) {
  const db = await getDb();
  const draft = await db.manageCalsDraft.findUnique({ where: { id: draftId }, select: { id: true, ...DRAFT_SELECT, request: { select: requestSelect } } });
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

/** The request matching both the reference and the contact detail; null otherwise (never says which failed). */
export async function findRequestForLookup(lookup: StatusLookup): Promise<RequestView | null> {
  const db = await getDb();
  const row = await db.recoveryRequest.findUnique({ where: { reference: lookup.reference }, select: requestSelect });
  if (!row) return null;
  const matches = lookup.contact.kind === "email" ? row.email === lookup.contact.value : row.targetLicenseServerId === lookup.contact.value;
  return matches ? toView(row) : null;
}
