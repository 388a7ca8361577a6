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
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
