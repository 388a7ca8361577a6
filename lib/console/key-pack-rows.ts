// The rows of the installed key packs table, the list of what a rebuild deletes (kept as
// WizardRun.deletedSnapshot) and its CSV download: one shape for all three. Pure.
import { toCsv } from "@/lib/csv";
import { z } from "zod";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES, calType, licenseProgram } from "@/lib/licensing/catalog";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatDate } from "@/lib/format/date";

const keyPackRowSchema = z.object({
  keypackId: z.number().int(),
  licenseKeyPackId: z.string(),
  calType: z.enum(CAL_TYPE_VALUES),
  licenseProgram: z.enum(LICENSE_PROGRAM_VALUES),
  totalLicenses: z.number().int(),
  issued: z.number().int(),
  /** ISO date-time, or null for no expiration. */
  expiresAt: z.string().nullable(),
});
export type KeyPackRow = z.infer<typeof keyPackRowSchema>;

const deletedSnapshotSchema = z.array(keyPackRowSchema);

/** A stored snapshot, or an empty list if it is missing or not of this shape. */
export function parseDeletedSnapshot(value: unknown): KeyPackRow[] {
  const parsed = deletedSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function toKeyPackRow(pack: {
  keypackId: number;
  licenseKeyPackId: string;
  calType: KeyPackRow["calType"];
  licenseProgram: KeyPackRow["licenseProgram"];
  totalLicenses: number;
  expiresAt: Date | null;
  _count: { issuedCals: number };
}): KeyPackRow {
  return {
    keypackId: pack.keypackId,
    licenseKeyPackId: pack.licenseKeyPackId,
    calType: pack.calType,
    licenseProgram: pack.licenseProgram,
    totalLicenses: pack.totalLicenses,
    issued: pack._count.issuedCals,
    expiresAt: pack.expiresAt ? pack.expiresAt.toISOString() : null,
  };
}

const NO_EXPIRY = "No expiration date";

function expiryLabel(expiresAt: string | null): string {
  return expiresAt ? formatDate(expiresAt) : NO_EXPIRY;
}

/** The table's columns, in the console's order, plus the license key pack ID for the purchase records. */
export function keyPackDisplay(row: KeyPackRow) {
  return {
    "License Version and Type": calType(row.calType).label,
    "License Program": licenseProgram(row.licenseProgram).label,
    "Total Licenses": row.totalLicenses,
    Available: Math.max(row.totalLicenses - row.issued, 0),
    Issued: row.issued,
    "Expiry Date": expiryLabel(row.expiresAt),
    "Keypack ID": row.keypackId,
    "License key pack ID": formatKeyPackId(row.licenseKeyPackId),
  };
}

export function keyPackRowsToCsv(rows: KeyPackRow[]): string {
  return toCsv(rows.map(keyPackDisplay));
}

export function sumRows(rows: KeyPackRow[]) {
  return rows.reduce((acc, r) => ({ total: acc.total + r.totalLicenses, issued: acc.issued + r.issued }), { total: 0, issued: 0 });
}
