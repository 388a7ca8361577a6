// Save As for a CAL Usage report: CSV in sections a spreadsheet opens as they read on the page (the report,
// the totals per CAL type, then one row per holder, each section with its header row), written through
// lib/csv.ts so a name like "=cmd" is neutralised. Pure; the route streams the holders in chunks.
import { toCsv } from "@/lib/csv";
import { calType, type CalType } from "@/lib/licensing/catalog";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { scopeLabel, type CalUsageScopeKind } from "./cal-usage-scope";
import type { CalUsageTotals } from "./report-data";

export const HOLDER_COLUMNS = ["Issued To", "License Version and Type", "Keypack ID", "Issued On", "Expires On"] as const;
export const NO_EXPIRY = "Does not expire";

export interface CsvReport {
  serverName: string;
  scope: CalUsageScopeKind;
  scopeValue: string | null;
  createdAt: Date;
  installed: number;
  issued: number;
  totals: CalUsageTotals;
}

/** Everything before the holders' rows, ending with their header row (and a line break). */
export function calUsageCsvHead(report: CsvReport): string {
  const rows: (string | number)[][] = [
    ["CAL Usage"],
    ["License server", report.serverName],
    ["Created", formatDateTime(report.createdAt)],
    ["Scope", scopeLabel({ kind: report.scope, value: report.scopeValue })],
    [],
    ["License Version and Type", "Per User CALs installed", "Per User CALs issued"],
    ...report.totals.map((t) => [calType(t.calType).label, t.installed, t.issued]),
    ["Total", report.installed, report.issued],
    [],
    [...HOLDER_COLUMNS],
  ];
  return toCsv(rows) + "\r\n";
}

export function calUsageCsvRows(holders: readonly { issuedTo: string; calType: CalType; keypackId: number; issuedOn: Date; expiresOn: Date | null }[]): string {
  if (holders.length === 0) return "";
  return toCsv(holders.map((h) => [h.issuedTo, calType(h.calType).label, h.keypackId, formatDate(h.issuedOn), h.expiresOn ? formatDate(h.expiresOn) : NO_EXPIRY])) + "\r\n";
}

export function calUsageCsvName(serverName: string, createdAt: Date): string {
  return `${serverName.replace(/[^A-Za-z0-9_-]/g, "_")}-cal-usage-${formatDate(createdAt)}.csv`;
}
