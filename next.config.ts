import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";

// The Content Security Policy (with a per-request nonce) and HSTS are set by proxy.ts; these are the same
// for every response.
const SECURITY_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
  // Bundled, PGlite mis-resolves its wasm and every database call fails under `next start` (docs/stack-traps.md trap 6).
  // The job queue and mail packages load as Node modules too (they read their own files and open sockets).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg-boss", "nodemailer", "smtp-server", "mailparser"],
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.RDLS_SOURCE_MAPS === "1",
  // `npm test` (scripts/test.sh) runs tsc over the whole tree, the route types of `next typegen` included,
  // before it builds, and sets RDLS_TYPECHECKED=1 for that build: checking the same files again cost the
  // build a third of its time. Every other build (npm start, a targeted npm run test:e2e) still checks.
  typescript: { ignoreBuildErrors: process.env.RDLS_TYPECHECKED === "1" },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // The browser's zod/mini: only the members our schemas use, flattened by esbuild (scripts/browser-zod.mjs,
  // docs/decisions/039-browser-zod-flattened.md). The server's stays zod/mini as published.
  turbopack: { resolveAlias: { "zod/mini": { browser: "./generated/browser/zod-mini.js" } } },
  experimental: { turbopackChunking: { minChunkSize: 26_000 } },
};

export default async function config(phase: string): Promise<NextConfig> {
  // Written before each build and `next dev`, from the installed zod and the list of members in use.
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) await (await import("./scripts/browser-zod.mjs")).writeBrowserZod();
  return nextConfig;
}
