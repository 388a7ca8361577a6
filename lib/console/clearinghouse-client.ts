// The console's one way to the Clearinghouse: the Automatic connection of the Activate, Reactivate and
// Deactivate Server wizards, of Install Licenses and of Convert RDS CALs posts JSON to the web site's routes (app/api/clearinghouse/*,
// the app's stand-in for the Internet). Nothing else in the console calls the Clearinghouse (docs/domain.md:
// with Web Browser and Telephone only what a person copies crosses). Every failure (network, timeout, 4xx,
// 5xx, an answer of the wrong shape) comes back as { ok: false, message } for the wizard page to show; the
// wizard writes nothing then. Each request carries the console's client address, signed
// (lib/auth/vouched-address.ts), so the routes' per-address limits count the person, not this app.
import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { VOUCHED_ADDRESS_HEADER, vouchForAddress } from "@/lib/auth/vouched-address";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import type { FieldErrors } from "@/lib/forms/action-result";
import type { InstallationRequestBody } from "@/lib/clearinghouse/installation-schema";
import {
  confirmationCodeAnswerSchema,
  licenseServerIdAnswerSchema,
  type ActivationBody,
  type DeactivationBody,
  type ReactivationBody,
} from "@/lib/clearinghouse/server-api";

export type ClearinghouseResult<T> =
  | { ok: true; value: T }
  /** The Clearinghouse refused the request (a 4xx with its reason): `said` is its own words, `fieldErrors` what to correct. */
  | { ok: false; kind: "refused"; message: string; said: string; fieldErrors: FieldErrors }
  /** No usable answer (no connection, a timeout, a 5xx, a body that is not ours). */
  | { ok: false; kind: "unreachable"; message: string };

export interface ClientOptions {
  /** The Clearinghouse's base address; by default CLEARINGHOUSE_URL, else this app on 127.0.0.1:$PORT. */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** The console's client address to vouch for; by default the current request's (none outside a request). */
  clientAddress?: string;
}

const UNREACHABLE =
  "The license server could not connect to the Microsoft Clearinghouse. Check the connection and try again, or go Back and choose the Web Browser or Telephone connection method.";

function clearinghouseBaseUrl(): string {
  return env().CLEARINGHOUSE_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
}

/** The signed header naming the console's client, or nothing (outside a request, or no secret to sign with). */
async function vouchedHeader(clientAddress: string | undefined): Promise<Record<string, string>> {
  try {
    const address = clientAddress ?? clientAddressFrom(await headers());
    return { [VOUCHED_ADDRESS_HEADER]: vouchForAddress(await getKeyPackSecrets(await getDb()), address) };
  } catch {
    return {};
  }
}

/** POSTs `body` as JSON to `path` and reads the answer with `answer`; never throws. */
async function postJson<S extends z.ZodType>(path: string, body: unknown, answer: S, options: ClientOptions = {}): Promise<ClearinghouseResult<z.output<S>>> {
  const url = new URL(path, options.baseUrl ?? clearinghouseBaseUrl());
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...(await vouchedHeader(options.clientAddress)) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      cache: "no-store",
    });
  } catch {
    return { ok: false, kind: "unreachable", message: UNREACHABLE };
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refusal = json && typeof json === "object" ? (json as { error?: unknown; fieldErrors?: unknown }) : {};
    const said = typeof refusal.error === "string" ? refusal.error : `error ${response.status}`;
    if (response.status >= 500) return { ok: false, kind: "unreachable", message: `The Microsoft Clearinghouse could not complete the request (error ${response.status}). Try again in a moment.` };
    const fieldErrors = refusal.fieldErrors && typeof refusal.fieldErrors === "object" ? (refusal.fieldErrors as FieldErrors) : {};
    return { ok: false, kind: "refused", message: `The Microsoft Clearinghouse refused the request: ${said.replace(/\.$/, "")}.`, said, fieldErrors };
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) return { ok: false, kind: "unreachable", message: "The Microsoft Clearinghouse sent an answer the license server could not read. Try again." };
  return { ok: true, value: parsed.data };
}

export async function requestActivation(body: ActivationBody, options?: ClientOptions) {
  const result = await postJson("/api/clearinghouse/activation", body, licenseServerIdAnswerSchema, options);
  return result.ok ? { ok: true as const, licenseServerId: result.value.licenseServerId } : result;
}

export async function requestReactivation(body: ReactivationBody, options?: ClientOptions) {
  const result = await postJson("/api/clearinghouse/reactivation", body, licenseServerIdAnswerSchema, options);
  return result.ok ? { ok: true as const, licenseServerId: result.value.licenseServerId } : result;
}

export async function requestDeactivation(body: DeactivationBody, options?: ClientOptions) {
  const result = await postJson("/api/clearinghouse/deactivation", body, confirmationCodeAnswerSchema, options);
  return result.ok ? { ok: true as const, confirmationCode: result.value.confirmationCode } : result;
}

const installationAnswerSchema = z.object({ licenseKeyPackIds: z.array(z.string()).min(1) });

/** Install client access licenses: the license key pack IDs the Clearinghouse issued for this request. */
export async function requestInstallation(body: InstallationRequestBody, options?: ClientOptions) {
  const result = await postJson("/api/clearinghouse/installation", body, installationAnswerSchema, options);
  if (result.ok) return { ok: true as const, data: result.value };
  // The install page shows the Clearinghouse's own words beside the fields they are about.
  return result.kind === "refused" ? { ...result, message: result.said } : result;
}

const conversionAnswerSchema = z.object({ licenseKeyPackId: z.string() });

/** Convert RDS CALs (Automatic): the converted pack's license key pack ID (app/api/clearinghouse/conversion). */
export async function requestConversion(body: { licenseServerId: string; sourceLicenseKeyPackId: string; count: number }, options?: ClientOptions) {
  const result = await postJson("/api/clearinghouse/conversion", body, conversionAnswerSchema, options);
  return result.ok ? { ok: true as const, licenseKeyPackId: result.value.licenseKeyPackId } : result;
}
