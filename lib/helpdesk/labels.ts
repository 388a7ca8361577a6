// Words the helpdesk shows for enum values. Pure, so client components can use them too.
import { CAL_TYPES, LICENSE_PROGRAMS, type CalType, type LicenseProgram } from "@/lib/licensing/catalog";

export const RECOVERY_STATUSES = [
  { value: "AWAITING_REVIEW", label: "Awaiting review" },
  { value: "ISSUED", label: "Issued at once" },
  { value: "APPROVED", label: "Approved" },
  { value: "REJECTED", label: "Rejected" },
] as const;

export type RecoveryStatus = (typeof RECOVERY_STATUSES)[number]["value"];
export const RECOVERY_STATUS_VALUES = RECOVERY_STATUSES.map((s) => s.value) as [RecoveryStatus, ...RecoveryStatus[]];

export function statusLabel(status: RecoveryStatus): string {
  return RECOVERY_STATUSES.find((s) => s.value === status)?.label ?? status;
}

export function programLabel(program: LicenseProgram): string {
  return LICENSE_PROGRAMS.find((p) => p.value === program)?.label ?? program;
}

export function calTypeLabel(calType: CalType): string {
  return CAL_TYPES.find((c) => c.value === calType)?.label ?? calType;
}

export const ROLE_LABELS = { AGENT: "Agent", SUPERVISOR: "Supervisor", TRAINER: "Trainer" } as const;

/** The audit log's action names, in words. Unknown actions (other areas') show as written. */
const ACTION_LABELS: Record<string, string> = {
  "request.submitted": "Request received",
  "request.issued_at_once": "Issued at once by the web site",
  "request.filed_for_review": "Filed for review by the web site",
  "call.issued_at_once": "Taken by telephone and issued",
  "call.filed_for_review": "Taken by telephone and filed for review",
  "call.activated": "License server activated by telephone",
  "call.reactivated": "License server reactivated by telephone",
  "call.deactivated": "License server deactivated by telephone",
  "license-server.activated": "License server activated",
  "license-server.reactivated": "License server reactivated",
  "license-server.deactivated": "License server deactivated",
  "request.approved": "Approved and issued",
  "request.rejected": "Rejected",
  "request.note_added": "Internal note added",
  "staff.signed_in": "Signed in",
  "staff.signed_out": "Signed out",
  "staff.created": "Staff account created",
  "staff.deactivated": "Staff account deactivated",
  "staff.reactivated": "Staff account reactivated",
  "staff.password_reset": "Password reset",
  "entitlement.created": "Entitlement added",
  "entitlement.quantity_changed": "Entitlement quantity changed",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** "WS2022 User" for "Windows Server 2022 - RDS Per User CAL": the queue's one-line form. */
export function shortCalTypeLabel(calType: CalType): string {
  const [, year, kind] = /^WS(\d{4})_PER_(USER|DEVICE)$/.exec(calType) ?? [];
  return year && kind ? `WS${year} ${kind === "USER" ? "User" : "Device"}` : calType;
}
