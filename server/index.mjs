// The production server: `next start`'s job (Next's documented custom-server API), plus one step before Next
// sees a request: the X-Forwarded-* headers are replaced by what TRUST_PROXY says to believe
// (forwarded-headers.mjs). Usage: node server/index.mjs [-p port] [-H host]; PORT and HOSTNAME work too.
import { createServer } from "node:http";
import next from "next";
import { applyTrustedForwarded } from "./forwarded-headers.mjs";

function argument(flag, fallback) {
  const at = process.argv.indexOf(flag);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const port = Number(argument("-p", process.env.PORT ?? "3000"));
const hostname = argument("-H", process.env.HOSTNAME ?? "0.0.0.0");
// The console reaches the Clearinghouse on this port unless CLEARINGHOUSE_URL says otherwise (lib/env.ts).
process.env.PORT = String(port);
// A value that is not a count is refused by lib/env.ts, which instrumentation.ts runs in app.prepare().
const trustProxy = Number(process.env.TRUST_PROXY?.trim() || "0");

process.env.NODE_ENV ??= "production";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
createServer((req, res) => {
  applyTrustedForwarded(req, trustProxy);
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (trusting ${trustProxy} proxies)`);
});
