// The registry of every server action (name, guard, schema, limits): lib/actions/client.ts adds each action
// as it is defined, so an action exists only through the client. Read by the registry test
// (lib/actions/registry.test.ts, every "use server" export must be one of these) and by the e2e coverage
// spec (e2e/reliability/coverage.spec.ts, through scripts/list-actions.ts), which posts each one with
// hostile input. No server-only imports: the test and the script load it outside Next.
import type { $ZodType } from "zod/v4/core";

/**
 * Who may run an action: anyone (the public web site; its drafts are found through the visitor's own
 * cookie, a class trainee through the trainee cookie), a signed-in helpdesk staff member, a supervisor, a
 * trainer (or supervisor: the classroom), or anyone for a license server this browser may see
 * (lib/practice/visibility.ts: the shared ones and its own practice servers).
 */
export type GuardKind = "public" | "staff" | "supervisor" | "trainer" | "visible-server";

/** How a browser calls the action: a form's action (`${name}Form`, lib/forms/form-state.ts) or a plain one (`name`). */
export type Endpoint = "form" | "plain";

export interface ActionEntry {
  name: string;
  endpoint: Endpoint;
  /** The name the "use server" module exports it as (the build's server-reference-manifest.json has it). */
  exportName: string;
  guard: GuardKind;
  /** The input's schema; a function when it depends on what the guard or the draft found (e.g. the License Program). */
  schema: $ZodType | "computed" | null;
  /** Schemas of the arguments a page binds before the input (the server id is the guard's, not listed here). */
  bound: readonly $ZodType[];
  /** The per-address limits (lib/clearinghouse/public-limits.ts) the action counts. */
  limits: readonly string[];
}

const entries = new Map<string, ActionEntry>();

export function registerAction(entry: ActionEntry): void {
  const existing = entries.get(entry.exportName);
  // A module evaluated twice (a bundle and a test) registers the same action again: that is not a clash.
  if (existing && (existing.guard !== entry.guard || existing.endpoint !== entry.endpoint)) {
    throw new Error(`Two server actions are named ${entry.exportName}`);
  }
  entries.set(entry.exportName, entry);
}

/** Every action defined so far (the modules that define them must be loaded first: lib/actions/modules.ts). */
export function listActions(): ActionEntry[] {
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The marker the client puts on each endpoint, so a test can tell an action of the client from a bare function. */
export const ACTION_ENTRY = Symbol.for("rd-licensing.action-entry");

export function entryOf(value: unknown): ActionEntry | undefined {
  return typeof value === "function" ? ((value as unknown as Record<symbol, unknown>)[ACTION_ENTRY] as ActionEntry | undefined) : undefined;
}
