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

/**
 * The exported server action `name` in the current production build, or, when the build has only its form's
 * action (`${name}Form`, lib/forms/form-state.ts: the one the pages post to), that one (`form: true`).
 */
export function resolveAction(name: string, root = process.cwd()): { id: string; form: boolean; name: string } {
  manifest ??= (JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> }).node;
  const find = (exported: string) => Object.entries(manifest!).filter(([, entry]) => entry.exportedName === exported);
  const plain = find(name);
  if (plain.length === 1) return { id: plain[0]![0], form: false, name };
  const form = find(`${name}Form`);
  if (plain.length === 0 && form.length === 1) return { id: form[0]![0], form: true, name };
  throw new Error(`server action ${name}: ${plain.length} matches in the build's manifest (${form.length} for ${name}Form)`);
}

/** The id of the exported server action `name` (or of its form's action) in the current production build. */
export function actionId(name: string, root = process.cwd()): string {
  return resolveAction(name, root).id;
}

/**
 * Where a plain action takes the form's values, when not last: the web site's steps take (values,
 * returnToVerify), their form actions bind returnToVerify first (lib/clearinghouse/actions.ts,
 * server-flow-actions.ts).
 */
const VALUES_AT: Record<string, number> = {
  saveLicenseServerStep: 0,
  saveCompanyStep: 0,
  savePurchaseStep: 0,
  saveFlowCompany: 0,
  saveFlowContact: 0,
  saveFlowDetails: 1,
};

/** The arguments for `resolveAction`'s answer: a form's action takes (bound…, previous state, values). */
export function argumentsFor(resolved: { form: boolean; name?: string }, args: unknown[]): unknown[] {
  if (!resolved.form || args.length === 0) return args;
  const at = VALUES_AT[resolved.name ?? ""] ?? args.length - 1;
  return [...args.slice(0, at), ...args.slice(at + 1), null, args[at]];
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

