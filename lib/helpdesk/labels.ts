// Words the helpdesk shows for enum values. Pure, so client components can use them too.
import type * as Db from "@/generated/prisma/enums";
import { CAL_TYPES, LICENSE_PROGRAMS, type CalType, type LicenseProgram } from "@/lib/licensing/catalog";
import type { SameValues } from "@/lib/same-values";

export const RECOVERY_STATUSES = [
  { value: "AWAITING_REVIEW", label: "Awaiting review" },
  { value: "ISSUED", label: "Issued at once" },
  { value: "APPROVED", label: "Approved" },
  { value: "REJECTED", label: "Rejected" },
] as const;

export type RecoveryStatus = (typeof RECOVERY_STATUSES)[number]["value"];
true satisfies SameValues<RecoveryStatus, Db.RecoveryStatus>;
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

export const ROLE_LABELS = { AGENT: "Agent", SUPERVISOR: "Supervisor", TRAINER: "Trainer" } as const satisfies Record<Db.StaffRole, string>;

/** "WS2022 User" for "Windows Server 2022 - RDS Per User CAL": the queue's one-line form. */
export function shortCalTypeLabel(calType: CalType): string {
  const [, year, kind] = /^WS(\d{4})_PER_(USER|DEVICE)$/.exec(calType) ?? [];
  return year && kind ? `WS${year} ${kind === "USER" ? "User" : "Device"}` : calType;
}
