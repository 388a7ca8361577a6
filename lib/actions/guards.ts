// The guards a server action declares (lib/actions/client.ts runs it before anything else). Each one takes
// the first `takes` arguments of the call (a visible server's id, which a page binds) and answers the
// context the handler works with, or the refusal to return. The helpdesk's redirect to sign-in (or to the
// "not allowed" page) as its pages do (lib/auth/guards.ts).
import "server-only";
import { requireStaff, requireSupervisor, requireTrainer } from "@/lib/auth/guards";
import type { ValidSession } from "@/lib/auth/sessions";
import { fail } from "@/lib/forms/action-result";
import { refusalFor } from "@/lib/practice/access";
import { findVisibleServer, type VisibleServer } from "@/lib/practice/visibility";
import type { GuardKind } from "./registry";
import type { Failure } from "./client";

export interface Guard<Ctx, Args extends unknown[] = []> {
  readonly kind: GuardKind;
  /** How many of the call's first arguments are the guard's. */
  readonly takes: Args["length"];
  check(args: unknown[]): Promise<{ ok: true; ctx: Ctx } | { ok: false; refusal: Failure }>;
  /** Type only: the arguments the guard takes, as a page binds them. */
  readonly args?: Args;
}

/** The public web site: anyone. Its drafts are found through the visitor's own cookie, never an argument. */
export const publicAccess: Guard<object> = {
  kind: "public",
  takes: 0,
  check: async () => ({ ok: true, ctx: {} }),
};

/** A signed-in helpdesk staff member (agent or supervisor); others go to sign-in. */
export const staff: Guard<ValidSession> = {
  kind: "staff",
  takes: 0,
  check: async () => ({ ok: true, ctx: await requireStaff() }),
};

/** A signed-in supervisor; an agent goes to the "not allowed" page. */
export const supervisor: Guard<ValidSession> = {
  kind: "supervisor",
  takes: 0,
  check: async () => ({ ok: true, ctx: await requireSupervisor() }),
};

/** A signed-in trainer or supervisor (the classroom, docs/decisions/036-classroom.md); an agent goes to the "not allowed" page. */
export const trainer: Guard<ValidSession> = {
  kind: "trainer",
  takes: 0,
  check: async () => ({ ok: true, ctx: await requireTrainer() }),
};

export const NO_SERVER = "This license server no longer exists.";

/**
 * A license server this browser may see (lib/practice/visibility.ts), named by the call's first argument:
 * the handler gets the VisibleServer, never the id the client sent. Another browser's practice server, an
 * expired one or a made-up id is refused with `missing` (by default the message that it no longer exists;
 * a wizard may redirect instead). Every such action changes the server, so one the console may not change
 * (a practice scenario's: not an administrator, or a failed server, lib/practice/access.ts) is refused
 * here, for all of them at once; reads take no action and still work. `practiceTool`: the practice
 * server's own Reset, which is not the console's and works whatever the console's account.
 */
export function visibleServer(missing: () => Failure | Promise<never> = () => fail({}, NO_SERVER), options: { practiceTool?: boolean } = {}): Guard<{ server: VisibleServer }, [serverId: string]> {
  return {
    kind: "visible-server",
    takes: 1,
    async check([serverId]) {
      const server = await findVisibleServer(serverId);
      if (!server) return { ok: false, refusal: await missing() };
      const refused = options.practiceTool ? null : refusalFor(server);
      return refused ? { ok: false, refusal: fail({}, refused) } : { ok: true, ctx: { server } };
    },
  };
}
