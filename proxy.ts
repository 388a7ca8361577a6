// Every request but static files passes through here (Next 16's proxy, formerly middleware):
// - a Content Security Policy with a fresh nonce (lib/security-headers.ts), on the request (so Next puts the
//   nonce on its scripts) and on the response, plus HSTS when served over https;
// - a path whose percent-escapes do not decode (`/console/servers/%E0%A4%A/properties`) gets a 400: Next
//   would otherwise fail while decoding a dynamic segment and answer 500 (found by e2e/reliability).
import { NextResponse, type NextRequest } from "next/server";
import { requestIsHttps } from "@/lib/auth/client-address";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";

export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV !== "production");
  let response: NextResponse;
  try {
    decodeURIComponent(request.nextUrl.pathname);
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } catch {
    response = new NextResponse("Bad request: the address has a broken %-escape.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (requestIsHttps(request.headers)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
