// The console's side of the response file (docs/decisions/035-recovery-kit.md): Obtain Client License Key Pack
// takes the file the Web site returned for a recovery kit and installs every license key pack ID in it in one
// step, through the console's one install (lib/console/install-key-pack.ts: the same offline check of each ID,
// bound to this server and not forged, the generation rule, all or nothing with the run's advance). The file's
// signature (the Clearinghouse's key) and License Server ID are checked first; IDs installed on this server
// already are left out, so a response used again installs nothing twice.
import "server-only";
import type { Database } from "@/lib/prisma-client";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { parseResponse, type RecoveryResponse } from "@/lib/recovery-kit/format";
import { CLEARINGHOUSE_KEY, publicKeyOf, verifyDocument } from "@/lib/recovery-kit/signing-keys";
import { installKeyPackIds, type InstallResult } from "../install-key-pack";
import { findInstalledKeyPack, type RunAdvance } from "../manage-cals/mutations";

export const RESPONSE_MESSAGES = {
  badSignature: "This response file was changed after the Remote Desktop Services Licensing Web site made it: its signature does not match. Use the file as the Web site gave it.",
  otherServer: (licenseServerId: string) =>
    `This response file is for the license server with License Server ID ${formatLicenseServerId(licenseServerId)}, not for this one. Use the recovery kit of this license server on the Web site.`,
  nothingIssued: "This response file has no license key pack ID to install: the Web site filed every key pack for review by the helpdesk. Check the request status on the Web site with the references it lists.",
  allInstalled: "Every license key pack ID in this response file is already installed on this license server.",
} as const;

export type ResponseInstall = InstallResult | { kind: "invalid"; message: string };

/** The response, if it is the Clearinghouse's and for this server; otherwise why not. */
async function verifyResponse(db: Database, text: string, server: { licenseServerId: string | null }): Promise<{ ok: true; response: RecoveryResponse } | { ok: false; message: string }> {
  const parsed = parseResponse(text);
  if (!parsed.ok) return parsed;
  const key = await publicKeyOf(db, CLEARINGHOUSE_KEY);
  if (!key || !verifyDocument(parsed.value, key)) return { ok: false, message: RESPONSE_MESSAGES.badSignature };
  if (parsed.value.licenseServerId !== server.licenseServerId) return { ok: false, message: RESPONSE_MESSAGES.otherServer(parsed.value.licenseServerId) };
  return { ok: true, response: parsed.value };
}

export async function installResponse(db: Database, server: { id: string; licenseServerId: string | null }, runId: string, text: string, advance: RunAdvance): Promise<ResponseInstall> {
  const verified = await verifyResponse(db, text, server);
  if (!verified.ok) return { kind: "invalid", message: verified.message };
  const ids = verified.response.issued.map((pack) => pack.licenseKeyPackId);
  if (ids.length === 0) return { kind: "invalid", message: RESPONSE_MESSAGES.nothingIssued };
  const toInstall: string[] = [];
  for (const id of new Set(ids)) if (!(await findInstalledKeyPack(db, server.id, id))) toInstall.push(id);
  if (toInstall.length === 0) return { kind: "invalid", message: RESPONSE_MESSAGES.allInstalled };
  return installKeyPackIds(db, server, runId, toInstall, advance);
}
