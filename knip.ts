// knip (`npm run knip`, part of `npm run lint`): no unused files, exports, types or dependencies. Its Next.js,
// Playwright, Vitest, ESLint and Prisma plugins find most entry points from their configs; these are the rest.
import type { KnipConfig } from "knip";

const config: KnipConfig = {
  entry: [
    // Run by npm scripts through tsx, and the benchmarks.
    "scripts/*.ts",
    "bench/*.ts",
    // `npm run demo`'s Playwright config and its reporter (named by a string in that config).
    "playwright.demo.config.ts",
    "scripts/films/film-reporter.ts",
    // A "use server" module's every export is a server action: an endpoint the browser (and the reliability
    // specs, by name) may call, used or not by a component.
    "lib/*/**/actions.ts",
    "lib/*/**/*-actions.ts",
    "lib/helpdesk/actions/*.ts",
  ],
  project: ["**/*.{ts,tsx,mjs,css,prisma}"],
};

export default config;
