// The Activate, Reactivate and Deactivate Server wizards on the engine's action plumbing
// (lib/console/wizard-engine/actions.ts): each kind's read (queries.ts), table (steps.ts) and addresses; a
// Next without an open run lands on the completing page once a run of the kind has finished. Not a
// "use server" module, so none of this is callable from a browser.
import "server-only";
import { wizardRunner } from "../wizard-engine/actions";
import { getLastFinishedLifecycleRun, getLifecycleContext } from "../queries";
import { lifecycleHref } from "../urls";
import { LIFECYCLE_WIZARDS, type LifecycleKind } from "./steps";

function runner(kind: LifecycleKind) {
  return wizardRunner({
    wizard: LIFECYCLE_WIZARDS[kind],
    load: (server) => getLifecycleContext(server, kind),
    href: (serverId, step) => lifecycleHref(serverId, kind, step),
    finished: async (server) => !!(await getLastFinishedLifecycleRun(server, kind)),
  });
}

export const LIFECYCLE_RUNNERS = {
  ACTIVATE_SERVER: runner("ACTIVATE_SERVER"),
  REACTIVATE_SERVER: runner("REACTIVATE_SERVER"),
  DEACTIVATE_SERVER: runner("DEACTIVATE_SERVER"),
} as const satisfies Record<LifecycleKind, unknown>;
