// The client's address and scheme as this request carries them. server/index.mjs replaced the X-Forwarded-*
// headers before Next saw the request with the values TRUST_PROXY says to believe (server/forwarded-headers.mjs):
// the socket's address and encryption when no proxy is trusted. So whatever a client sends in them, these
// are the server's own findings. (`next dev` does not run that step: there they are the client's.)

export function clientAddressFrom(headers: Pick<Headers, "get">): string {
  const address = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  // Bounded, so counter keys stay small whatever the header holds.
  return address.slice(0, 64).toLowerCase();
}

/** Served over https (to the client): Secure cookies, HSTS. */
export function requestIsHttps(headers: Pick<Headers, "get">): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
