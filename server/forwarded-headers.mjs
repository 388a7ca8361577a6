// Which X-Forwarded-* values to believe. Next copies the client's own X-Forwarded-For/-Host/-Proto when they
// are present (base-server.js: `??=`), so without this a client chooses its own address, host and scheme.
// `trustProxy` is the number of reverse proxies in front of the app (TRUST_PROXY): each appends the address
// it received from to X-Forwarded-For, so the client is the entry that many hops from the socket; the host
// and scheme are the values the nearest proxy set. With 0 (the default) the socket's address is the client,
// the Host header the site, and the socket's encryption the scheme. The result replaces the headers, so Next
// (the server-action origin check) and the app (rate limits, links, Secure cookies) all read the same.
// Plain JavaScript: server/index.mjs runs it under node, before anything is compiled.
//
// Next asks this server itself for the page a server action redirects to (action-handler.js,
// createRedirectRenderResult: a fetch to http://<bind address>:<port>, which sends its own Host). That second
// request would be settled on its own: Host 0.0.0.0:3000, the client 127.0.0.1, and the console's links and
// QR codes built from it would point nowhere. Next copies the first request's headers onto it, so the first
// request's settled values travel with it, sealed with a key of this process (`relayKey`): a sealed value is
// believed only when it opens with that key and is fresh, so nobody outside this process can make one.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The request header carrying a request's settled values to Next's own request for a redirect's page. */
export const SETTLED_HEADER = "x-rdls-settled";
/** How long a sealed value is believed: Next's fetch follows the action at once. */
const RELAY_MS = 60_000;

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

/** @typedef {{ clientAddress: string, host: string | undefined, proto: "http" | "https" }} Settled */

/**
 * @param {Settled} settled
 * @param {Uint8Array} key
 * @param {number} now
 */
export function sealSettled(settled, key, now = Date.now()) {
  const body = Buffer.from(JSON.stringify({ ...settled, at: now })).toString("base64url");
  return `${body}.${createHmac("sha256", key).update(body).digest("base64url")}`;
}

/**
 * The values sealed by `sealSettled` with this key within the last minute, else null.
 * @param {string | string[] | undefined} value
 * @param {Uint8Array} key
 * @param {number} now
 * @returns {Settled | null}
 */
export function openSettled(value, key, now = Date.now()) {
  const [body, mac, ...rest] = (firstOf(value) ?? "").split(".");
  if (!body || !mac || rest.length) return null;
  const expected = createHmac("sha256", key).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { clientAddress, host, proto, at } = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    if (typeof at !== "number" || at > now || now - at > RELAY_MS) return null;
    if (typeof clientAddress !== "string" || (host !== undefined && typeof host !== "string") || (proto !== "http" && proto !== "https")) return null;
    return { clientAddress, host, proto };
  } catch {
    return null;
  }
}

/**
 * Rewrites an incoming request's forwarding headers to the trusted values (in place). With `relayKey`, a
 * request carrying values sealed with it (Next's own request for a server action's redirect) keeps them,
 * and every request carries its values sealed on to any such request of its own.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} trustProxy
 * @param {Uint8Array} [relayKey]
 */
export function applyTrustedForwarded(req, trustProxy, relayKey) {
  const socket = /** @type {import("node:net").Socket & { encrypted?: boolean }} */ (req.socket);
  const relayed = relayKey ? openSettled(req.headers[SETTLED_HEADER], relayKey) : null;
  const trusted = relayed ?? trustedForwarded({ headers: req.headers, socketAddress: socket.remoteAddress, encrypted: Boolean(socket.encrypted) }, trustProxy);
  for (const name of ["forwarded", "x-real-ip", "x-forwarded-port", "x-forwarded-host", SETTLED_HEADER]) delete req.headers[name];
  if (relayKey) req.headers[SETTLED_HEADER] = sealSettled(trusted, relayKey);
  req.headers["x-forwarded-for"] = trusted.clientAddress;
  req.headers["x-forwarded-proto"] = trusted.proto;
  if (trusted.host) {
    req.headers.host = trusted.host;
    req.headers["x-forwarded-host"] = trusted.host;
  }
}
