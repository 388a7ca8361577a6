// Posting server actions over HTTP, as a browser's fetch does: POST to a page that uses the action, with
// the `Next-Action` header (ids from the build's server-reference-manifest.json) and the arguments in
// React's reply encoding (JSON, with `$`-prefixed strings escaped). Lets the tests send what no form would.
import type { APIRequestContext } from "@playwright/test";
import { expect } from "../../fixtures";
import { actionId, argumentsFor, encodeReply, resolveAction } from "./action-protocol";

/** What the server's decodeReply makes of `args`: the values the action really receives. */
export function decodedArgs(args: unknown[]): unknown[] {
  const special: Record<string, unknown> = { $undefined: undefined, $NaN: NaN, $Infinity: Infinity, "$-Infinity": -Infinity, "$-0": -0 };
  return JSON.parse(encodeReply(args), (_key, value: unknown) => {
    if (typeof value !== "string" || !value.startsWith("$")) return value;
    if (value in special) return special[value];
    if (value.startsWith("$$")) return value.slice(1);
    if (value.startsWith("$n")) return BigInt(value.slice(2));
    return value;
  }) as unknown[];
}

export interface ActionResponse {
  status: number;
  body: string;
  redirect: string | null;
  setCookie?: string | null;
}

/** `page` is a path on the test's server, or a full URL (another app server). */
export async function postAction(request: APIRequestContext, page: string, name: string, args: unknown[], cookie?: string, headers: Record<string, string> = {}): Promise<ActionResponse> {
  const resolved = resolveAction(name);
  const response = await request.post(page, {
    headers: {
      "Next-Action": resolved.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
    data: encodeReply(argumentsFor(resolved, args)),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const setCookie = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value).join("\n") || null;
  return { status: response.status(), body: await response.text(), redirect: response.headers()["x-action-redirect"] ?? null, setCookie };
}

type Part = string | { name: string; mimeType: string; buffer: Buffer };

/** An action called with (previous state, FormData), as a useActionState form sends it: multipart. */
export async function postFormAction(request: APIRequestContext, page: string, name: string, previous: unknown, fields: Record<string, Part>, cookie?: string): Promise<ActionResponse> {
  // React's encodeReply: the FormData's entries named "_1_…", then part "0" with the arguments, where "$K1"
  // points at them. "0" must come last: the server resolves "$K1" with the entries received before it,
  // and Playwright's own multipart option puts files last, so the body is built here.
  const parts: [string, Part][] = [...Object.entries(fields).map(([key, value]): [string, Part] => [`_1_${key}`, value]), ["0", encodeReply([previous, "$K1"]).replace('"$$K1"', '"$K1"')]];
  const boundary = `----fuzz${Date.now().toString(16)}`;
  const chunks = parts.flatMap(([field, value]) =>
    typeof value === "string"
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`)]
      : [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${value.name}"\r\nContent-Type: ${value.mimeType}\r\n\r\n`), value.buffer, Buffer.from("\r\n")],
  );
  const response = await request.post(page, {
    headers: { "Next-Action": actionId(name), Accept: "text/x-component", "Content-Type": `multipart/form-data; boundary=${boundary}`, ...(cookie ? { Cookie: cookie } : {}) },
    data: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { status: response.status(), body: await response.text(), redirect: response.headers()["x-action-redirect"] ?? null };
}

/**
 * Not a 500, and no unexpected error in the answer's stream (Next writes those as `E{"digest":"<number>"}`;
 * redirects and notFound() travel the same way with a NEXT_… digest, and are fine).
 */
export function expectHandled(result: ActionResponse, what: string) {
  expect(result.status, `${what}: HTTP status`).toBeLessThan(500);
  expect(result.body, `${what}: an error thrown while answering`).not.toMatch(/^\w+:E\{"digest":"\d+"/m);
}
