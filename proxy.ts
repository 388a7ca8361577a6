// Every request but static files passes through here (Next 16's proxy, formerly middleware):
// - a Content Security Policy with a fresh nonce (lib/security-headers.ts), on the request (so Next puts the
//   nonce on its scripts) and on the response, plus HSTS when served over https;
// - a path whose percent-escapes do not decode (`/console/servers/%E0%A4%A/properties`) gets a 400: Next
//   would otherwise fail while decoding a dynamic segment and answer 500 (found by e2e/reliability);
// - a server-action POST whose body React could not decode gets a 400, 413 or 415 (lib/server-action-body.ts)
//   instead of Next's 500, and one from another origin (or a malformed or `null` Origin) a 403. The body is read from a clone: Next hands the action the original.
import { NextResponse, type NextRequest } from "next/server";
import { requestIsHttps } from "@/lib/auth/client-address";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";
import { actionBodyKind, checkActionOrigin, checkDeclaredLength, checkMultipartBody, checkTextBody, type ActionBodyVerdict } from "@/lib/server-action-body";

export async function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV !== "production");
  let response: NextResponse;
  const action = request.method === "POST" && request.headers.has("next-action") ? await checkActionBody(request) : { ok: true as const };
  try {
    decodeURIComponent(request.nextUrl.pathname);
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", csp);
    response = action.ok
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : badRequest(action.status, `Bad request: ${action.reason}.`);
  } catch {
    response = badRequest(400, "Bad request: the address has a broken %-escape.");
  }
  response.headers.set("Content-Security-Policy", csp);
  if (requestIsHttps(request.headers)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function badRequest(status: number, message: string) {
  return new NextResponse(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

async function checkActionBody(request: NextRequest): Promise<ActionBodyVerdict> {
  const origin = checkActionOrigin(request.headers.get("origin"), request.headers.get("host"), request.headers.get("x-forwarded-host"));
  if (!origin.ok) return origin;
  const declared = checkDeclaredLength(request.headers.get("content-length"));
  if (!declared.ok) return declared;
  const contentType = request.headers.get("content-type");
  const kind = actionBodyKind(contentType);
  if (typeof kind !== "string") return kind;
  const body = new Uint8Array(await request.clone().arrayBuffer());
  if (kind === "text") return checkTextBody(body);
  const parsed = await new Response(body, { headers: { "content-type": contentType ?? "" } }).formData().then(
    (form) => [...form.entries()],
    () => null,
  );
  return checkMultipartBody(body.byteLength, parsed);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
