// Where the server actions are: every module of lib/ and app/ that starts with "use server". Loading them
// fills the registry (lib/actions/registry.ts); the registry test and scripts/list-actions.ts do, outside Next.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { listActions, type ActionEntry } from "./registry";

const SOURCE = /\.(ts|tsx)$/;
const SKIP = new Set(["node_modules", ".next", "generated"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (SKIP.has(entry)) return [];
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sources(full);
    return SOURCE.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

/** The "use server" modules under `root` (the repository), as paths relative to it. */
export function actionModules(root: string): string[] {
  return ["lib", "app"]
    .flatMap((dir) => sources(path.join(root, dir)))
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(root, file))
    .sort();
}

/** Each "use server" module's exports, by module; loading them registers their actions. */
export async function loadActionModules(root: string): Promise<Map<string, Record<string, unknown>>> {
  const loaded = new Map<string, Record<string, unknown>>();
  for (const file of actionModules(root)) loaded.set(file, (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>);
  return loaded;
}

/** Every registered action, once the modules are loaded. */
export async function loadActionRegistry(root: string): Promise<ActionEntry[]> {
  await loadActionModules(root);
  return listActions();
}
