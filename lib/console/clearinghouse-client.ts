// The console's one way to the Clearinghouse: the Automatic connection of the Activate, Reactivate and
// Deactivate Server wizards (and Install Licenses') posts JSON to the web site's routes (app/api/clearinghouse/*,
// the app's stand-in for the Internet). Nothing else in the console calls the Clearinghouse (docs/domain.md:
// with Web Browser and Telephone only what a person copies crosses). Every failure (network, timeout, 4xx,
// 5xx, an answer of the wrong shape) comes back as { ok: false, message } for the wizard page to show; the
// wizard writes nothing then.
import "server-only";
import type { z } from "zod";
import { env } from "@/lib/env";
import {
  confirmationCodeAnswerSchema,
  licenseServerIdAnswerSchema,
  type ActivationBody,
  type DeactivationBody,
  type ReactivationBody,
} from "@/lib/clearinghouse/server-api";

export type ClearinghouseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ClientOptions {
  /** The Clearinghouse's base address; by default CLEARINGHOUSE_URL, else this app on 127.0.0.1:$PORT. */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const UNREACHABLE =
  "The license server could not connect to the Microsoft Clearinghouse. Check the connection and try again, or go Back and choose the Web Browser or Telephone connection method.";

export function clearinghouseBaseUrl(): string {
  return env().CLEARINGHOUSE_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
}

/** POSTs `body` as JSON to `path` and reads the answer with `answer`; never throws. */
export async function postJson<S extends z.ZodType>(path: string, body: unknown, answer: S, options: ClientOptions = {}): Promise<ClearinghouseResult<z.output<S>>> {
  const url = new URL(path, options.baseUrl ?? clearinghouseBaseUrl());
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      cache: "no-store",
    });
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const said = json && typeof json === "object" && typeof (json as { error?: unknown }).error === "string" ? (json as { error: string }).error : null;
    if (response.status >= 500) return { ok: false, message: `The Microsoft Clearinghouse could not complete the request (error ${response.status}). Try again in a moment.` };
    return { ok: false, message: `The Microsoft Clearinghouse refused the request: ${said ?? `error ${response.status}`}.` };
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) return { ok: false, message: "The Microsoft Clearinghouse sent an answer the license server could not read. Try again." };
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
