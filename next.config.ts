import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Bundled, PGlite mis-resolves its wasm and every database call fails under `next start` (STACK.md trap 6).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
