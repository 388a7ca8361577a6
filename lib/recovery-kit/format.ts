// The recovery kit and its response file (docs/decisions/035-recovery-kit.md): what the console hands the Web
// site instead of 35 characters typed per key pack, and what the Web site hands back. Both are JSON with a
// format name and a version, signed over their canonical JSON (sorted keys, no signature field) with Ed25519:
// a kit by the license server's own key, a response by the Clearinghouse's (signing-keys.ts). Pure: no
// database, no React; the parsing is zod, so a file that is not one of ours is refused with a sentence.
import { z } from "zod";
import { FIELD_MESSAGES } from "./fields";
import { MAX_FILE_CHARS } from "./file-limit";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES, MAX_QUANTITY, MIN_QUANTITY } from "@/lib/licensing/catalog";

export const KIT_FORMAT = "rdls-recovery-kit";
export const RESPONSE_FORMAT = "rdls-recovery-response";
export const KIT_VERSION = 1;

const MAX_PACKS = 200;

const digits35 = z.string().regex(/^\d{35}$/);
const keyPackId = z.string().regex(/^[0-9A-Z]{35}$/);
const quantity = z.number().int().min(MIN_QUANTITY).max(MAX_QUANTITY);
const signature = z.string().regex(/^[A-Za-z0-9_-]{86}$/);
const text = (max: number) => z.string().max(max);

const kitPackSchema = z.strictObject({
  licenseProgram: z.enum(LICENSE_PROGRAM_VALUES),
  /** As the customer entered it (normalised), when the console knows it: Install Licenses by Automatic connection. */
  credential: text(64).nullable(),
  calType: z.enum(CAL_TYPE_VALUES),
  quantity,
  licenseKeyPackId: keyPackId,
});

/** The license server's company information (Properties): who files the requests. No secret. */
const kitCompanySchema = z.strictObject({
  firstName: text(64),
  lastName: text(64),
  companyName: text(128),
  countryRegion: text(8),
  email: text(254).nullable(),
});

const kitSchema = z.strictObject({
  format: z.literal(KIT_FORMAT),
  version: z.literal(KIT_VERSION),
  kitId: z.uuid(),
  madeAt: z.iso.datetime(),
  licenseServerId: digits35,
  serverName: text(64),
  company: kitCompanySchema,
  packs: z.array(kitPackSchema).min(1).max(MAX_PACKS),
  signature,
});

const responsePackSchema = z.strictObject({
  licenseKeyPackId: keyPackId,
  licenseProgram: z.enum(LICENSE_PROGRAM_VALUES),
  calType: z.enum(CAL_TYPE_VALUES),
  quantity,
  reference: text(32),
  /** The kit's pack it replaces. */
  replaces: keyPackId,
});

const responseOtherSchema = z.strictObject({
  /** The kit's pack. */
  licenseKeyPackId: keyPackId,
  licenseProgram: z.enum(LICENSE_PROGRAM_VALUES),
  calType: z.enum(CAL_TYPE_VALUES),
  quantity,
  /** The request filed for the helpdesk, or null when none could be filed. */
  reference: text(32).nullable(),
  reason: text(2000),
});

const responseSchema = z.strictObject({
  format: z.literal(RESPONSE_FORMAT),
  version: z.literal(KIT_VERSION),
  kitId: z.uuid(),
  licenseServerId: digits35,
  issuedAt: z.iso.datetime(),
  issued: z.array(responsePackSchema).max(MAX_PACKS),
  notIssued: z.array(responseOtherSchema).max(MAX_PACKS),
  signature,
});

export type RecoveryKit = z.infer<typeof kitSchema>;
export type KitPack = z.infer<typeof kitPackSchema>;
export type RecoveryResponse = z.infer<typeof responseSchema>;
export type ResponsePack = z.infer<typeof responsePackSchema>;
export type ResponseOther = z.infer<typeof responseOtherSchema>;
export type Unsigned<T> = Omit<T, "signature">;

/**
 * JSON with every object's keys sorted: the bytes a signature covers, whatever order a file's keys come in.
 * Only what JSON.parse gives (no undefined, no functions).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What a signature covers: the document without its signature. */
export function signedBytes(document: object): Buffer {
  const rest = Object.fromEntries(Object.entries(document).filter(([key]) => key !== "signature"));
  return Buffer.from(canonicalJson(rest), "utf8");
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const PARSE_MESSAGES = {
  ...FIELD_MESSAGES,
  notJson: "This is not a recovery kit or response file: it is not JSON. Paste the whole file, from { to }.",
  notKit: "This is not a recovery kit made by Remote Desktop Licensing Manager.",
  notResponse: "This is not a response file of the Remote Desktop Services Licensing Web site.",
  version: "This file was made by another version of the tools: make a new one.",
} as const;

function parseJson(input: string): ParseResult<unknown> {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: PARSE_MESSAGES.empty };
  if (trimmed.length > MAX_FILE_CHARS) return { ok: false, message: PARSE_MESSAGES.tooLarge };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch {
    return { ok: false, message: PARSE_MESSAGES.notJson };
  }
}

function parseDocument<T>(input: string, schema: z.ZodType<T>, format: string, notThis: string): ParseResult<T> {
  const json = parseJson(input);
  if (!json.ok) return json;
  const value = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== "object" || value === null || value.format !== format) return { ok: false, message: notThis };
  if (value.version !== KIT_VERSION) return { ok: false, message: PARSE_MESSAGES.version };
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: notThis };
}

/** A pasted or uploaded kit, its shape only (the signature is checked against the server's key elsewhere). */
export function parseKit(input: string): ParseResult<RecoveryKit> {
  return parseDocument(input, kitSchema, KIT_FORMAT, PARSE_MESSAGES.notKit);
}

export function parseResponse(input: string): ParseResult<RecoveryResponse> {
  return parseDocument(input, responseSchema, RESPONSE_FORMAT, PARSE_MESSAGES.notResponse);
}

/** The file's text: indented, so a person can read what it lists. */
export function documentText(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name with the server's name and the date. */
export function documentFileName(kind: "recovery-kit" | "recovery-response", serverOrId: string, at: Date): string {
  return `${serverOrId.replace(/[^A-Za-z0-9_-]/g, "_")}-${kind}-${at.toISOString().slice(0, 10)}.json`;
}
