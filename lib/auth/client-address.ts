// The client address a rate limit counts against: the first hop of X-Forwarded-For (the client as the
// outermost proxy saw it; Next sets the header from the socket when no proxy did), else X-Real-IP.
// Behind a proxy, that proxy must overwrite the header, or clients could choose their own address.

export function clientAddressFrom(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  // Bounded, so a forged header cannot make huge counter keys.
  return address.slice(0, 64).toLowerCase();
}
