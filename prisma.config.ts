// Prisma CLI configuration: JavaScript schema engine with a driver adapter, so no engine binary is
// downloaded (see docs/decisions/001-prisma-js-engine.md and docs/stack-traps.md traps 1-3, 12).
import { defineConfig } from "prisma/config";
import { openCliAdapter, PLACEHOLDER_URL } from "./prisma/cli-adapter";

const rawUrl = process.env.DATABASE_URL;
// Trap 1: schema validation needs a syntactically valid postgresql URL even when PGlite is meant.
if (!rawUrl || !/^postgres(ql)?:\/\//.test(rawUrl)) process.env.DATABASE_URL = PLACEHOLDER_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: () => openCliAdapter(rawUrl),
});
