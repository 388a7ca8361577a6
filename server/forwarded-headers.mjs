// Which X-Forwarded-* values to believe. Next copies the client's own X-Forwarded-For/-Host/-Proto when they
// are present (base-server.js: `??=`), so without this a client chooses its own address, host and scheme.
// `trustProxy` is the number of reverse proxies in front of the app (TRUST_PROXY): each appends the address
// it received from to X-Forwarded-For, so the client is the entry that many hops from the socket; the host
// and scheme are the values the nearest proxy set. With 0 (the default) the socket's address is the client,
// the Host header the site, and the socket's encryption the scheme. The result replaces the headers, so Next
// (the server-action origin check) and the app (rate limits, links, Secure cookies) all read the same.
// Plain JavaScript: server/index.mjs runs it under node, before anything is compiled.

/** @param {string | string[] | undefined} value */
function list(value) {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * @param {{ headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, encrypted: boolean }} request
 * @param {number} trustProxy
 * @returns {{ clientAddress: string, host: string | undefined, proto: "http" | "https" }}
 */
export function trustedForwarded(request, trustProxy) {
  const socketAddress = request.socketAddress ?? "unknown";
  const chain = [...list(request.headers["x-forwarded-for"]), socketAddress];
  const clientAddress = trustProxy > 0 ? chain[Math.max(0, chain.length - 1 - trustProxy)] : socketAddress;
  const host = (trustProxy > 0 ? list(request.headers["x-forwarded-host"]).at(-1) : undefined) ?? firstOf(request.headers.host);
  const forwardedProto = trustProxy > 0 ? list(request.headers["x-forwarded-proto"]).at(-1) : undefined;
  const proto = forwardedProto ? (forwardedProto === "https" ? "https" : "http") : request.encrypted ? "https" : "http";
  return { clientAddress: clientAddress ?? socketAddress, host, proto };
}

/** @param {string | string[] | undefined} value */
function firstOf(value) {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Rewrites an incoming request's forwarding headers to the trusted values (in place).
 * @param {import("node:http").IncomingMessage} req
 * @param {number} trustProxy
 */
export function applyTrustedForwarded(req, trustProxy) {
  const socket = /** @type {import("node:net").Socket & { encrypted?: boolean }} */ (req.socket);
  const trusted = trustedForwarded({ headers: req.headers, socketAddress: socket.remoteAddress, encrypted: Boolean(socket.encrypted) }, trustProxy);
  for (const name of ["forwarded", "x-real-ip", "x-forwarded-port", "x-forwarded-host"]) delete req.headers[name];
  req.headers["x-forwarded-for"] = trusted.clientAddress;
  req.headers["x-forwarded-proto"] = trusted.proto;
  if (trusted.host) {
    req.headers.host = trusted.host;
    req.headers["x-forwarded-host"] = trusted.host;
  }
}
