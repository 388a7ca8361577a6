// The server action protocol, without Playwright: the action ids of the current build (from its
// server-reference-manifest.json) and React's reply encoding of plain arguments. Shared by the reliability
// specs and the fault scripts in bench/.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

let manifest: Record<string, ManifestEntry> | undefined;

/** The id of the exported server action `name` in the current production build. */
export function actionId(name: string, root = process.cwd()): string {
  manifest ??= (JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> }).node;
  const ids = Object.entries(manifest).filter(([, entry]) => entry.exportedName === name);
  if (ids.length !== 1) throw new Error(`server action ${name}: ${ids.length} matches in the build's manifest`);
  return ids[0]![0];
}

/** React's encodeReply for plain values (what a client component sends when it calls an action). */
export function encodeReply(args: unknown[]): string {
  return JSON.stringify(args, function (key, value: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (typeof raw === "string") return raw.startsWith("$") ? `$${raw}` : raw;
    if (raw === undefined) return "$undefined";
    if (typeof raw === "number" && !Number.isFinite(raw)) return Number.isNaN(raw) ? "$NaN" : raw > 0 ? "$Infinity" : "$-Infinity";
    if (typeof raw === "number" && Object.is(raw, -0)) return "$-0";
    if (typeof raw === "bigint") return `$n${raw}`;
    return value;
  });
}

