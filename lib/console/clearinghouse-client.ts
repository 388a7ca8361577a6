// The console's only way to the Microsoft Clearinghouse: a license server set to Automatic connection
// calls the Clearinghouse's JSON routes over HTTP (the app's stand-in for the Internet). Everything else
// the console does with the Clearinghouse goes through a person copying IDs by hand (docs/domain.md).
// CLEARINGHOUSE_URL (lib/env.ts) names it; by default this app itself on 127.0.0.1:PORT.
import "server-only";
import { env } from "@/lib/env";
import type { FieldErrors } from "@/lib/forms/action-result";
import type { InstallationRequestBody } from "@/lib/clearinghouse/installation-schema";

const TIMEOUT_MS = 15_000;

export type ClearinghouseAnswer<T> =
  | { ok: true; data: T }
  /** The Clearinghouse refused the request: what to correct. */
  | { ok: false; kind: "refused"; message: string; fieldErrors: FieldErrors }
  /** No usable answer (no connection, a timeout, a 5xx, a body that is not ours). */
  | { ok: false; kind: "unreachable"; message: string };

export const UNREACHABLE_MESSAGE =
  "The license server could not connect to the Microsoft Clearinghouse. Check the connection and try again, or change the connection method to Web Browser or Telephone in Properties.";

export function clearinghouseBaseUrl(): string {
  const { CLEARINGHOUSE_URL, PORT } = env();
  return CLEARINGHOUSE_URL ?? `http://127.0.0.1:${PORT}`;
}

/** POSTs `body` as JSON to the Clearinghouse's `path`; a 2xx answer is `T`, a 4xx with fieldErrors a refusal. */
export async function postJson<T>(path: string, body: unknown, isAnswer: (value: unknown) => value is T): Promise<ClearinghouseAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(new URL(path, clearinghouseBaseUrl()), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch {
    return { ok: false, kind: "unreachable", message: UNREACHABLE_MESSAGE };
  }
  const value: unknown = await response.json().catch(() => null);
  if (response.ok && isAnswer(value)) return { ok: true, data: value };
  if (response.status >= 400 && response.status < 500 && isRefusal(value)) {
    return { ok: false, kind: "refused", message: value.error, fieldErrors: value.fieldErrors ?? {} };
  }
  return { ok: false, kind: "unreachable", message: UNREACHABLE_MESSAGE };
}

function isRefusal(value: unknown): value is { error: string; fieldErrors?: FieldErrors } {
  return typeof value === "object" && value !== null && typeof (value as { error?: unknown }).error === "string";
}

/** Install client access licenses: the license key pack IDs the Clearinghouse issued for this request. */
export function requestInstallation(body: InstallationRequestBody) {
  return postJson("/api/clearinghouse/installation", body, (value): value is { licenseKeyPackIds: string[] } => {
    const ids = (value as { licenseKeyPackIds?: unknown } | null)?.licenseKeyPackIds;
    return Array.isArray(ids) && ids.length > 0 && ids.every((id) => typeof id === "string");
  });
}
