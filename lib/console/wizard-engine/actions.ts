// What every console wizard's server actions share, written once (docs/decisions/032-one-wizard-engine.md):
// the guard (a license server this browser may see, lib/actions/guards.ts; anything else goes back to the
// console, as the wizards' pages answer 404), the server's open run, the check that the run may take a Next
// from a page (the engine's canShow), the landing after a replay, and a page's form action on the action
// client (lib/actions/client.ts): the page's schema, the run's check, what its Next does. Not a "use server"
// module, so none of this is callable from a browser; each wizard's actions module declares its pages with it.
import "server-only";
import type { $ZodType, output } from "zod/v4/core";
import type { Prisma } from "@/generated/prisma/client";
import type { WizardStep } from "@/generated/prisma/enums";
import { formAction } from "@/lib/actions/client";
import { visibleServer } from "@/lib/actions/guards";
import { continueTo } from "@/lib/forms/continue-to";
import { getDb } from "@/lib/db";
import { fail, type ActionResult } from "@/lib/forms/action-result";
import type { VisibleServer } from "@/lib/practice/visibility";
import type { Database } from "@/lib/prisma-client";
import type { RunStateBase, Wizard } from "./engine";
import { openRun, saveRun, type SaveRun } from "./run-store";

export type Result = ActionResult<undefined>;

/** The guard of every wizard action: a server this browser may see; any other id goes back to the console. */
export const wizardServer = visibleServer(async () => continueTo("/console"));

/** What a wizard's read gives its actions: the server, the open run of this wizard and its state for the engine. */
export interface LoadedRun<Run extends { id: string }, St> {
  server: VisibleServer;
  run: Run | null;
  state: St | null;
}

export interface RunnerOptions<Ctx extends LoadedRun<{ id: string }, St>, S extends string, St extends RunStateBase<S>, R, C extends string> {
  // The row type does not matter here: any wizard of these steps, states, routes and choices.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  wizard: Wizard<any, S, St, R, C>;
  /** The server's details and its open run (the guard found the server visible). */
  load(server: VisibleServer): Promise<Ctx | null>;
  /** A page's address. */
  href(serverId: string, step: S): string;
  /** Whether a run of this wizard has finished on the server (where a Next without an open run lands). */
  finished?(server: VisibleServer): Promise<boolean>;
}

/** The context of a Next the open run may take. */
export type OpenRun<Ctx extends LoadedRun<{ id: string }, St>, St> = Ctx & { run: NonNullable<Ctx["run"]>; state: St; db: Database };

export function wizardRunner<Ctx extends LoadedRun<{ id: string }, St>, S extends string, St extends RunStateBase<S>, R, C extends string = never>(options: RunnerOptions<Ctx, S, St, R, C>) {
  const { wizard } = options;

  async function context(server: VisibleServer): Promise<Ctx & { db: Database }> {
    const ctx = await options.load(server);
    if (!ctx) continueTo("/console");
    return { ...ctx, db: await getDb() };
  }

  /** To the page the run is at now: after a Next it took, and after one it could not take (a replay, a second tab). */
  async function redirectToRun(server: VisibleServer, submitted: S, choice?: C): Promise<never> {
    const { state } = await context(server);
    const finished = state ? false : ((await options.finished?.(server)) ?? false);
    continueTo(options.href(server.id, wizard.landing(state, submitted, choice, finished)));
  }

  /** The open run, if it may take a Next from `step`; otherwise the request is sent on to where the run is. */
  async function runAt(server: VisibleServer, step: S, choice?: C): Promise<OpenRun<Ctx, St>> {
    const ctx = await context(server);
    if (!ctx.run || !ctx.state || !wizard.canShow(ctx.state, step)) return redirectToRun(server, step, choice);
    return ctx as OpenRun<Ctx, St>;
  }

  /**
   * The usual Next: saves the page (its answers merged into the run's, the furthest page reached; the run
   * store's saveRun) and goes on to the page after `from`. A Next on another route than the run's (another
   * connection method chosen) starts that route afresh at the page after `from`. A run that could not be
   * saved (a replay, another tab) goes where it is.
   */
  async function advance(
    ctx: OpenRun<Ctx, St>,
    from: S,
    save: Omit<SaveRun, "runId" | "kind" | "step" | "from"> & { from?: readonly S[]; choice?: C; route?: R; afresh?: boolean },
  ): Promise<never> {
    const { choice, route: given, afresh, ...write } = save;
    const route = given ?? wizard.route(ctx.state);
    const next = wizard.next(route, from, choice);
    if (!next) throw new Error(`${from} has no page after it`);
    // `afresh`: what was answered after this page no longer holds (another License Program chosen).
    const step = afresh || route !== wizard.route(ctx.state) ? next : wizard.reached(ctx.state, next);
    if (!(await saveRun(ctx.db, { ...write, runId: ctx.run.id, kind: wizard.kind, step: step as WizardStep, from: write.from as readonly WizardStep[] | undefined }))) {
      return redirectToRun(ctx.server, from, choice);
    }
    continueTo(options.href(ctx.server.id, next));
  }

  /**
   * Welcome's Next: refused with the wizard's blocker (not activated, another wizard open…); with an open run,
   * on from Welcome as any Next; without, opens a run (on `route`, with its first `answers`) at the page after
   * Welcome. Of two simultaneous starts one opens the run; the other lands where it is.
   */
  async function start(
    server: VisibleServer,
    opening: {
      blocker: (ctx: Ctx) => { message: string } | null;
      route: (ctx: Ctx) => R;
      answers?: (ctx: Ctx) => Prisma.InputJsonObject;
      where?: Prisma.WizardRunWhereInput;
    },
  ): Promise<Result> {
    const ctx = await context(server);
    const blocker = opening.blocker(ctx);
    if (blocker) return fail({}, blocker.message);
    if (ctx.run && ctx.state) {
      if (!wizard.canShow(ctx.state, wizard.first)) return redirectToRun(server, wizard.first);
      return advance(ctx as OpenRun<Ctx, St>, wizard.first, { where: opening.where });
    }
    const next = wizard.next(opening.route(ctx), wizard.first)!;
    if (!(await openRun(ctx.db, { serverId: server.id, kind: wizard.kind, step: next as WizardStep, answers: opening.answers?.(ctx) }))) return redirectToRun(server, wizard.first);
    continueTo(options.href(server.id, next));
  }

  /**
   * A page's form action (`${name}Form`): the guard, the page's schema, the run's check, what its Next does.
   * A schema that depends on the run (what an earlier page saved) is read after the run's check; `choice`
   * is what a Next carries that decides the page after it (where a replay lands).
   */
  function form<Schema extends $ZodType>(
    name: string,
    step: S,
    spec: {
      schema: Schema | ((open: OpenRun<Ctx, St>) => Schema);
      choice?: (data: output<Schema>) => C;
      next: (open: OpenRun<Ctx, St>, data: output<Schema>) => Promise<Result>;
    },
  ) {
    const { schema } = spec;
    const ofRun = typeof schema === "function" ? (schema as (open: OpenRun<Ctx, St>) => Schema) : null;
    return formAction(
      { name, guard: wizardServer, schema: ofRun ? async ({ server }: { server: VisibleServer }) => ofRun(await runAt(server, step)) : (schema as Schema) },
      async ({ ctx, input }) => spec.next(await runAt(ctx.server, step, spec.choice?.(input as output<Schema>)), input as output<Schema>),
    );
  }

  /** A page whose Next takes no input (Welcome, Reinstalling RDS CALs): the guard, then what its Next does. */
  function button(name: string, act: (server: VisibleServer) => Promise<Result>) {
    return formAction({ name, guard: wizardServer }, ({ ctx }) => act(ctx.server));
  }

  return { context, runAt, redirectToRun, advance, start, form, button, href: options.href };
}
