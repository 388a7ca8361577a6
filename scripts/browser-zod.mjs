// The zod/mini the browser gets (docs/decisions/039-browser-zod-flattened.md): next.config.ts aliases
// "zod/mini" in the browser's bundle to generated/browser/zod-mini.js, which esbuild writes here from zod/mini
// itself, keeping only the members the modules the browser runs use (docs/decisions/040). Turbopack ships
// zod's core whole behind its namespace imports (`import * as core`), 18 kB gzip on every form page; esbuild
// follows those imports and keeps what the members need. The server keeps zod/mini as published (its
// schemas also meet classic zod's).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The members of zod/mini (as it exports them) that the modules the browser runs use as values: `z.<member>`
 * (scripts/browser-zod.test.ts holds the list to that).
 */
export const BROWSER_ZOD_MEMBERS = [
  "_default",
  "array",
  "boolean",
  "coerce",
  "email",
  "enum",
  "extend",
  "int",
  "literal",
  "maxLength",
  "minLength",
  "NEVER",
  "nullable",
  "nullish",
  "object",
  "optional",
  "overwrite",
  "pipe",
  "positive",
  "refine",
  "regex",
  "safeParse",
  "string",
  "superRefine",
  "toLowerCase",
  "transform",
  "trim",
  "unknown",
  "uuid",
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BROWSER_ZOD_FILE = "generated/browser/zod-mini.js";

/** The flattened module's source: zod/mini's members above, bundled and minified by esbuild. */
export async function browserZodSource() {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: { contents: `export { ${BROWSER_ZOD_MEMBERS.join(", ")} } from "zod/mini";`, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** Writes generated/browser/zod-mini.js when it is missing or differs (a build or `next dev` calls it). */
export async function writeBrowserZod() {
  const file = path.join(root, BROWSER_ZOD_FILE);
  const source = await browserZodSource();
  let current = null;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // not written yet
  }
  if (current === source) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
}
