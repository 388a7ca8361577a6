// First-load JavaScript per page route, from the production build's manifests: the root chunks every page
// loads (build-manifest.json rootMainFiles) plus the chunks of the route's layouts and page (entryJSFiles
// in its page_client-reference-manifest.js), each counted once, gzip-compressed as served.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

export interface RouteJs {
  route: string;
  files: number;
  gzipBytes: number;
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

export function firstLoadJs(nextDir: string): RouteJs[] {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gzipped = new Map<string, number>();
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
      routes.push({ route: routeOf(entry), files: existing.length, gzipBytes: existing.reduce((sum, f) => sum + size(f), 0) });
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
