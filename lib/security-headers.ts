// The Content Security Policy and HSTS, built per request by proxy.ts. Scripts run only with this request's
// nonce (Next puts it on its own scripts when it finds it in the request's CSP header: Next's CSP guide), so
// an injected <script> cannot run; 'strict-dynamic' lets those scripts load the app's chunks. Styles keep
// 'unsafe-inline' (React's style attributes). Pure, so it is unit-tested.
import { randomBytes } from "@/lib/licensing/random";

export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sent only over https (as server/index.mjs settled it): browsers ignore it over http anyway. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  return btoa(String.fromCharCode(...randomBytes(16)));
}
