import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    // Both cores (the default leaves one free): each db test file has databases of its own, and the db
    // project waits mostly on them, so two files at a time take 72-81 s instead of 124 s.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // 15 s a test, not vitest's 5: a limit for a test that hangs, not a speed check. `npm test` runs these
        // beside the e2e step's start (scripts/test.sh), where the slowest (1.6 s alone) can take longer.
        test: { name: "unit", testTimeout: 15_000, include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"], exclude: ["**/*.db.test.ts", "**/node_modules/**"] },
      },
      {
        // Against real PGlite and PostgreSQL databases (prisma/test-databases.ts). Server modules import
        // `server-only`, which only Next's server build resolves to an empty module: do the same here.
        extends: true,
        resolve: { alias: { "server-only": path.join(root, "node_modules/server-only/empty.js") } },
        test: { name: "db", include: ["lib/**/*.db.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
      },
    ],
  },
});
