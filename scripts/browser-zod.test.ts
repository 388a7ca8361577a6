// The browser's zod/mini (scripts/browser-zod.mjs, docs/decisions/039-browser-zod-flattened.md):
// - its list of members is exactly what the modules the browser runs (client components, the forms' schema
//   modules and what they import) use as values, so a schema using a member the list lacks fails here, not in
//   a person's browser; a module only the server reads may use others;
// - every schema a form loads, built against it, answers like the server's (zod/mini as published) for the
//   same input: success, the parsed value, and each issue's code, path and message.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_ZOD_MEMBERS, browserZodSource } from "./browser-zod.mjs";

const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** `z.<member>` in a type position only: zod's types and its core namespace's. */
const TYPE_ONLY = new Set(["input", "output", "infer", "core", "ZodMiniObject"]);

/** The modules the forms' schema loaders import: `import("@/lib/…").then((m) => …)` in app/ and components/. */
function loadedModules(): string[] {
  const found = new Set<string>();
  for (const file of [...sources(path.join(root, "app")), ...sources(path.join(root, "components"))]) {
    for (const match of readFileSync(file, "utf8").matchAll(/import\("@\/(lib\/[\w/-]+)"\)\.then\(\(m\) =>/g)) found.add(match[1]!);
  }
  return [...found].sort();
}

/** A module's directive ("use client", "use server"): its first statement, after any comments. */
const directive = (text: string, name: string) => new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`).test(text);

/** Server actions as the browser gets them: references, not their module's code (Next's server actions). */
const serverActionsAsReferences: Plugin = {
  name: "server-actions-as-references",
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => (directive(readFileSync(args.path, "utf8"), "use server") ? { contents: "", loader: "ts" } : undefined));
  },
};

/**
 * The files of ours the browser can run: what the client components of app/ and components/ and the forms'
 * schema loaders import, followed by esbuild (packages left out, server actions' modules not entered). A
 * module only the server reads (a run's saved answers, a stored report) is not among them, and may use
 * zod/mini members the browser's copy lacks.
 */
async function browserFiles(): Promise<string[]> {
  const clientComponents = [...sources(path.join(root, "app")), ...sources(path.join(root, "components"))].filter((file) => directive(readFileSync(file, "utf8"), "use client"));
  const entries = [...clientComponents.map((file) => path.relative(root, file)), ...loadedModules()];
  const result = await build({
    stdin: { contents: entries.map((m, i) => `export * as m${i} from "@/${m.replace(/\.tsx?$/, "")}";`).join("\n"), resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "browser",
    tsconfig: path.join(root, "tsconfig.json"),
    packages: "external",
    loader: { ".css": "empty" },
    metafile: true,
    write: false,
    logLevel: "silent",
    plugins: [serverActionsAsReferences],
  });
  return Object.keys(result.metafile.inputs).filter((input) => !input.startsWith("node_modules/") && !input.startsWith("<"));
}

describe("the browser's zod/mini", () => {
  it("lists exactly the members the modules the browser runs use as values", async () => {
    const files = await browserFiles();
    // The walk reached the forms' schema modules (a broken walk would find nothing and pass an empty list).
    expect(files).toEqual(expect.arrayContaining(["lib/console/lifecycle-schemas.ts", "lib/clearinghouse/schemas.ts"]));
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(path.join(root, file), "utf8");
      if (!/import \* as z from "zod\/mini"/.test(text)) continue;
      for (const match of text.matchAll(/\bz\.([A-Za-z_$][\w$]*)/g)) if (!TYPE_ONLY.has(match[1]!)) used.add(match[1]!);
    }
    expect([...BROWSER_ZOD_MEMBERS].sort()).toEqual([...used].sort());
    // The stored answers' readers stay out of the browser (docs/decisions/040).
    expect(files).not.toContain("lib/console/lifecycle-answers.ts");
    expect(files).not.toContain("lib/console/reports/report-data.ts");
  }, 60_000);

  describe("every schema a form loads answers like the server's", () => {
    let dir = "";
    let browser: Record<string, Record<string, unknown>> = {};
    const modules = loadedModules();

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "rdls-browser-zod-"));
      const zod = path.join(dir, "zod-mini.js");
      writeFileSync(zod, await browserZodSource());
      const out = path.join(dir, "schemas.mjs");
      await build({
        stdin: { contents: modules.map((m, i) => `export * as m${i} from "@/${m}";`).join("\n"), resolveDir: root, loader: "ts" },
        bundle: true,
        format: "esm",
        platform: "browser",
        tsconfig: path.join(root, "tsconfig.json"),
        alias: { "zod/mini": zod },
        outfile: out,
        logLevel: "silent",
      });
      const bundled = readFileSync(out, "utf8");
      // The bundle's zod is the generated one: zod/mini's own files are not in it.
      expect(bundled).not.toMatch(/node_modules\/zod\/v4\/mini\//);
      browser = (await import(pathToFileURL(out).href)) as typeof browser;
    }, 60_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const sample = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("", " ", "on", "GB", "US", "1", "25", "0", "-3", "Contoso", "alex@example.com", "not-an-email", "3141592", "1234567", "a\u0000b"),
      fc.boolean(),
      fc.constant(undefined),
      fc.constant(null),
    );

    type Parsed = { success: boolean; data?: unknown; error?: { issues: { code: string; path: PropertyKey[]; message: string }[] } };
    type Schema = { safeParseAsync: (input: unknown) => Promise<Parsed>; _zod: { def: { shape?: Record<string, unknown> } } };
    const outcome = (result: Parsed) =>
      JSON.stringify(result.success ? { ok: true, data: result.data } : { ok: false, issues: result.error!.issues.map((i) => [i.code, i.path.map(String), i.message]) });

    it.each(modules)("%s", async (module) => {
      const server = (await import(/* @vite-ignore */ `@/${module}`)) as Record<string, unknown>;
      const inBrowser = browser[`m${modules.indexOf(module)}`]!;
      const schemas = Object.entries(server).filter(([, value]) => typeof value === "object" && value !== null && "_zod" in value);
      expect(schemas.length).toBeGreaterThan(0);
      for (const [name, value] of schemas) {
        const ours = value as Schema;
        const theirs = inBrowser[name] as Schema;
        expect(theirs, name).toBeDefined();
        const keys = Object.keys(ours._zod.def.shape ?? {});
        const input = keys.length ? fc.dictionary(fc.constantFrom(...keys), sample) : sample;
        // Asynchronously, as the form's resolver parses: the Company information page's phone check loads on demand.
        await fc.assert(
          fc.asyncProperty(input, async (value) => {
            expect(outcome(await theirs.safeParseAsync(value)), name).toBe(outcome(await ours.safeParseAsync(value)));
          }),
          { numRuns: 40 },
        );
      }
    });
  });
});
