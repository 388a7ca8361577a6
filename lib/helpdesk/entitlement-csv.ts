// Entitlements as CSV: the import reads a file row by row (papaparse) and validates each row with the same
// schema as the Add form, so the report says for every line what was wrong; the export writes the same
// columns, so an exported file can be edited and imported again.
import Papa from "papaparse";
import { toCsv } from "@/lib/csv";
import { CAL_TYPES, LICENSE_PROGRAMS } from "@/lib/licensing/catalog";
import { entitlementSchema, type EntitlementValues } from "./schemas";

export const CSV_COLUMNS = ["license_program", "credential", "cal_type", "quantity", "customer_name"] as const;
export const MAX_IMPORT_ROWS = 5000;
// Under the 1 MB body limit of server actions (Next's default), with room for the form's other parts.
export const MAX_IMPORT_BYTES = 900_000;

export type CsvRow =
  | { line: number; ok: true; values: EntitlementValues }
  | { line: number; ok: false; errors: string[] };

export type CsvParseResult = { ok: true; rows: CsvRow[] } | { ok: false; error: string };

const squash = (s: string) => s.trim().toLowerCase().replace(/[\s_\-()]+/g, " ").trim();

/** Accepts the enum value ("SELECT_LICENSE") or the words people read ("Select License"). */
function lookup<T extends { value: string; label: string }>(options: readonly T[], text: string): T["value"] | string {
  const wanted = squash(text);
  return options.find((o) => squash(o.value) === wanted || squash(o.label) === wanted)?.value ?? text;
}

export function parseEntitlementCsv(text: string): CsvParseResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => squash(h).replace(/ /g, "_"),
  });
  const headers = parsed.meta.fields ?? [];
  const missing = CSV_COLUMNS.filter((c) => !headers.includes(c));
  if (missing.length > 0) return { ok: false, error: `The first line must name the columns ${CSV_COLUMNS.join(", ")}. Missing: ${missing.join(", ")}.` };
  if (parsed.data.length === 0) return { ok: false, error: "The file has no rows under its header line." };
  if (parsed.data.length > MAX_IMPORT_ROWS) return { ok: false, error: `The file has ${parsed.data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.` };

  const shapeErrors = new Map<number, string[]>();
  for (const error of parsed.errors) {
    if (error.row === undefined) continue;
    const list = shapeErrors.get(error.row) ?? [];
    list.push(error.code === "TooManyFields" ? "The row has more columns than the header" : error.code === "TooFewFields" ? "The row has fewer columns than the header" : error.message);
    shapeErrors.set(error.row, list);
  }

  const seen = new Map<string, number>();
  const rows = parsed.data.map((record, index): CsvRow => {
    // Line numbers as a spreadsheet shows them: the header is line 1. (Rows with quoted line breaks
    // span several lines; the number is then approximate, the row's order is not.)
    const line = index + 2;
    const result = entitlementSchema.safeParse({
      licenseProgram: lookup(LICENSE_PROGRAMS, record.license_program ?? ""),
      credential: record.credential ?? "",
      calType: lookup(CAL_TYPES, record.cal_type ?? ""),
      quantity: (record.quantity ?? "").replace(/[,\s]/g, ""),
      customerName: record.customer_name ?? "",
    });
    const errors = [...(shapeErrors.get(index) ?? [])];
    if (!result.success) errors.push(...result.error.issues.map((i) => `${columnOf(i.path[0])}: ${i.message}`));
    if (errors.length > 0 || !result.success) return { line, ok: false, errors };
    const key = `${result.data.licenseProgram}|${result.data.credential}|${result.data.calType}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) return { line, ok: false, errors: [`Same license program, credential and CAL type as line ${earlier}`] };
    seen.set(key, line);
    return { line, ok: true, values: result.data };
  });
  return { ok: true, rows };
}

function columnOf(key: PropertyKey | undefined): string {
  const names: Record<string, string> = {
    licenseProgram: "license_program",
    credential: "credential",
    calType: "cal_type",
    quantity: "quantity",
    customerName: "customer_name",
  };
  return names[String(key)] ?? String(key ?? "row");
}

export interface ExportRow {
  licenseProgram: string;
  credential: string;
  calType: string;
  quantity: number;
  customerName: string;
  activeIssued: number;
}

/** The import's columns plus how much is issued; formula-like cells are escaped for spreadsheets. */
export function toEntitlementCsv(rows: ExportRow[]): string {
  return toCsv({
    fields: [...CSV_COLUMNS, "issued"],
    data: rows.map((r) => [r.licenseProgram, r.credential, r.calType, r.quantity, r.customerName, r.activeIssued]),
  });
}
