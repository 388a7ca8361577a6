import type { NextConfig } from "next";

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
  // `npm test` (scripts/test.sh) runs tsc over the whole tree, the route types of `next typegen` included,
  // before it builds, and sets RDLS_TYPECHECKED=1 for that build: checking the same files again cost the
  // build a third of its time. Every other build (npm start, a targeted npm run test:e2e) still checks.
  typescript: { ignoreBuildErrors: process.env.RDLS_TYPECHECKED === "1" },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
