// The production server: `next start`'s job (Next's documented custom-server API), plus one step before Next
// sees a request: the X-Forwarded-* headers are replaced by what TRUST_PROXY says to believe
// (forwarded-headers.mjs). Usage: node server/index.mjs [-p port] [-H host]; PORT and HOSTNAME work too.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { applyTrustedForwarded } from "./forwarded-headers.mjs";

function argument(flag, fallback) {
  const at = process.argv.indexOf(flag);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const port = Number(argument("-p", process.env.PORT ?? "3000"));
const hostname = argument("-H", process.env.HOSTNAME ?? "0.0.0.0");
// The app's own port, for the console's Automatic connection to the Clearinghouse when CLEARINGHOUSE_URL is
// unset (lib/console/clearinghouse-client.ts reaches this same app on 127.0.0.1:$PORT).
process.env.PORT = String(port);
// A value that is not a count is refused by lib/env.ts, which instrumentation.ts runs in app.prepare().
const trustProxy = Number(process.env.TRUST_PROXY?.trim() || "0");

process.env.NODE_ENV ??= "production";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
// Seals each request's settled values for Next's own request of a redirect's page (forwarded-headers.mjs).
const relayKey = randomBytes(32);
await app.prepare();
createServer((req, res) => {
  applyTrustedForwarded(req, trustProxy, relayKey);
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (trusting ${trustProxy} proxies)`);
});
