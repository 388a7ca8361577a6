// An audit entry in words, for the request's timeline and the audit log: "Status changed from Awaiting
// review to Approved by Avery Agent", "License key pack ID 4G01J-… issued", with names instead of ids.
// Pure; entries of kinds it does not know fall back to "field: before → after" with enum values in words.
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatGroups } from "@/lib/licensing/groups";
import { OVERRIDE_REASONS, type OverrideReason } from "./approval-check";
import { calTypeLabel, programLabel, RECOVERY_STATUS_VALUES, statusLabel, type RecoveryStatus } from "./labels";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES, type CalType, type LicenseProgram } from "@/lib/licensing/catalog";
import { formatDateTime } from "@/lib/format/date";

type Json = Record<string, unknown>;
const record = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown) => (typeof v === "string" ? v : "");

export function describeAudit(action: string, before: unknown, after: unknown, actorName: string): string[] {
  const b = record(before);
  const a = record(after);
  const status = (s: unknown) => statusLabel(s as RecoveryStatus);
  switch (action) {
    case "request.approved":
    case "request.rejected": {
      const lines = [`Status changed from ${status(b.status ?? "AWAITING_REVIEW")} to ${status(a.status)} by ${actorName}`];
      if (a.licenseKeyPackId) lines.push(`License key pack ID ${formatKeyPackId(text(a.licenseKeyPackId))} issued for ${String(a.quantity ?? "")} RDS CALs`.trim());
      if (typeof b.availableOnPurchase === "number" && typeof a.availableOnPurchase === "number") lines.push(`Available on the purchase went from ${b.availableOnPurchase} to ${a.availableOnPurchase}`);
      if (a.rejectionReason) lines.push(`Reason given to the customer: ${text(a.rejectionReason)}`);
      return lines;
    }
    case "request.override": {
      const reasons = Array.isArray(a.reasons) ? (a.reasons as OverrideReason[]).map((r) => OVERRIDE_REASONS[r] ?? r) : [];
      return [`Approved as an override by ${actorName}: ${reasons.join("; ")}`, `Justification: ${text(a.justification)}`];
    }
    case "request.assigned":
      return [b.assignedTo ? `${actorName} took the request over from ${text(b.assignedTo)}` : `Assigned to ${actorName}`];
    case "request.released":
      return [`Released by ${actorName}`];
    case "request.filed_for_review":
      return [`Filed for review by the Web site${a.reviewReason ? `: ${text(a.reviewReason)}` : ""}`];
    case "call.filed_for_review":
      return [`Taken by telephone by ${actorName} and filed for review${a.reviewReason ? `: ${text(a.reviewReason)}` : ""}`];
    case "call.issued_at_once":
      return [a.licenseKeyPackId ? `Taken by telephone by ${actorName}: license key pack ID ${formatKeyPackId(text(a.licenseKeyPackId))} issued and read back` : `Taken by telephone by ${actorName}`];
    case "call.activated":
    case "call.reactivated":
      return [`Taken by telephone by ${actorName}: License Server ID ${formatGroups(text(a.licenseServerId))} ${action === "call.activated" ? "issued" : "issued anew"} for Product ID ${formatGroups(text(a.productId))} and read back`];
    case "call.deactivated":
      return [`Taken by telephone by ${actorName}: Product ID ${formatGroups(text(a.productId))} deactivated, confirmation code read back`];
    case "request.issued_at_once":
      return [a.licenseKeyPackId ? `License key pack ID ${formatKeyPackId(text(a.licenseKeyPackId))} issued at once by the Web site` : "Issued at once by the Web site"];
    default:
      return genericChanges(b, a);
  }
}

const KEY_WORDS: Record<string, string> = { status: "Status", calType: "Type of RDS CAL", licenseProgram: "License Program", quantity: "Quantity", active: "Active", role: "Role", name: "Name", email: "E-mail address", customerName: "Customer" };

function valueInWords(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "string") return JSON.stringify(value);
  if ((RECOVERY_STATUS_VALUES as string[]).includes(value)) return statusLabel(value as RecoveryStatus);
  if ((CAL_TYPE_VALUES as string[]).includes(value)) return calTypeLabel(value as CalType);
  if ((LICENSE_PROGRAM_VALUES as string[]).includes(value)) return programLabel(value as LicenseProgram);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(new Date(value));
  return value;
}

/** "Quantity changed from 40 to 50"; ids (keys ending in Id that hold a UUID) are left out. */
function genericChanges(b: Json, a: Json): string[] {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .filter((k) => !(/Id$/.test(k) && /^[0-9a-f-]{36}$/.test(text(a[k] ?? b[k]))))
    .map((k) => {
      const label = KEY_WORDS[k] ?? k.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
      return k in b ? `${label} changed from ${valueInWords(b[k])} to ${valueInWords(a[k])}` : `${label}: ${valueInWords(a[k])}`;
    });
}
