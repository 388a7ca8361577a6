// First-load JavaScript per page route, from the production build's manifests: the root chunks every page
// loads (build-manifest.json rootMainFiles) plus the chunks of the route's layouts and page (entryJSFiles
// in its page_client-reference-manifest.js), each counted once, gzip-compressed as served.
// With its schemas: the same plus the chunks its forms' schemas load after the page. A form's schema loader
// (components/forms/use-action-form.ts, `() => import("@/lib/…")`) is a dynamic import, which Turbopack
// writes into the importing chunk as the list of chunks to fetch (`Promise.all(["static/chunks/….js", …]
// .map(…))`); a schema's list holds zod/mini (the chunk with its base type's name), which tells it from the
// other dynamic imports (the Procedure panel's body, loaded when opened). A route with several forms counts
// the chunks of every form it can show (a page showing several forms loads them all; a wizard's one route
// for all its pages shows one at a time): for a page, an upper bound; the smallest one form's loader fetches
// is the lower bound (a page of the route with a form loads at least that).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

export interface RouteJs {
  route: string;
  files: number;
  gzipBytes: number;
  /** The chunks the route's forms' schemas load after the page, not in its first load. */
  schemaFiles: number;
  /** First load plus those chunks (gzip). */
  withSchemasGzipBytes: number;
  /** First load plus the chunks of the smallest one schema loader (gzip): what a page with one form loads at least. */
  withOneSchemaGzipBytes: number;
}

/** The chunk lists a chunk's dynamic imports fetch (Turbopack's loader lists), as paths under .next. */
function dynamicImportsOf(source: string): string[][] {
  return [...source.matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+",?)+)\]/g)].map((list) => [...list[1]!.matchAll(/"(static\/chunks\/[^"]+)"/g)].map((chunk) => chunk[1]!));
}

function manifestFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return manifestFiles(full);
    return name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

/** "/(clearinghouse)/licensing/manage-cals/company/page" → "/licensing/manage-cals/company". */
function routeOf(entry: string): string {
  return entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
}

/** A string of zod/mini (its schemas' base type) that a schema's chunks hold and no other chunk of ours does,
 * in the published zod/mini and in the browser's flattened one (scripts/browser-zod.mjs) alike. */
const ZOD_CORE_MARK = '"ZodMiniType"';

export function firstLoadJs(nextDir: string): RouteJs[] {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gzipped = new Map<string, number>();
  const sources = new Map<string, string>();
  const source = (file: string) => {
    if (!sources.has(file)) sources.set(file, readFileSync(path.join(nextDir, file), "utf8"));
    return sources.get(file)!;
  };
  const size = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(nextDir, file))).length);
    return gzipped.get(file)!;
  };
  const routes: RouteJs[] = [];
  for (const file of manifestFiles(path.join(nextDir, "server", "app"))) {
    // The manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]; run it in a sandbox.
    const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
    sandbox.globalThis = sandbox;
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
    for (const [entry, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      const files = new Set(build.rootMainFiles);
      for (const chunks of Object.values(manifest.entryJSFiles)) for (const chunk of chunks) files.add(chunk);
      const existing = [...files].filter((f) => existsSync(path.join(nextDir, f)));
      const gzipBytes = existing.reduce((sum, f) => sum + size(f), 0);
      // The chunks of the schema loaders the first load holds (and of any such loader in those), not already loaded.
      const schemas = new Set<string>();
      let oneSchemaBytes = Infinity;
      const queue = [...existing];
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        for (const list of dynamicImportsOf(source(file))) {
          const present = list.filter((chunk) => existsSync(path.join(nextDir, chunk)));
          if (!present.some((chunk) => source(chunk).includes(ZOD_CORE_MARK))) continue;
          oneSchemaBytes = Math.min(oneSchemaBytes, present.filter((chunk) => !files.has(chunk)).reduce((sum, f) => sum + size(f), 0));
          for (const chunk of present) {
            if (files.has(chunk) || schemas.has(chunk)) continue;
            schemas.add(chunk);
            queue.push(chunk);
          }
        }
      }
      const schemaBytes = [...schemas].reduce((sum, f) => sum + size(f), 0);
      routes.push({
        route: routeOf(entry),
        files: existing.length,
        gzipBytes,
        schemaFiles: schemas.size,
        withSchemasGzipBytes: gzipBytes + schemaBytes,
        withOneSchemaGzipBytes: gzipBytes + (schemas.size > 0 ? oneSchemaBytes : 0),
      });
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
