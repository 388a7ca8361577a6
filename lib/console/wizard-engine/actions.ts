// What every console wizard's server actions share, written once (docs/decisions/032-one-wizard-engine.md):
// the server (only one this browser may see: the wizard's read filters by visibility, and an unknown or
// hidden id goes back to the console) and its open run, the check that the run may take a Next from a page
// (the engine's canShow), the landing after a replay, and a page's action: parse with the page's schema,
// check the run, do what the page's Next does. Not a "use server" module, so none of this is callable from
// a browser; each wizard's actions module declares its pages with it.
import "server-only";
import type { z } from "zod";
import { continueTo } from "@/lib/forms/continue-to";
import { getDb } from "@/lib/db";
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import type { Database } from "@/lib/prisma-client";
import type { WizardStep } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { RunStateBase, Wizard } from "./engine";
import { openRun, saveRun, type SaveRun } from "./run-store";

export type Result = ActionResult<undefined>;

/** What a wizard's read gives its actions: the server, the open run of this wizard and its state for the engine. */
export interface LoadedRun<Run extends { id: string }, St> {
  server: { id: string };
  run: Run | null;
  state: St | null;
}

export interface RunnerOptions<Ctx extends LoadedRun<{ id: string }, St>, S extends string, St extends RunStateBase<S>, R, C extends string> {
  // The row type does not matter here: any wizard of these steps, states, routes and choices.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  wizard: Wizard<any, S, St, R, C>;
  /** The server and its open run, limited to what this browser may see; null when it may see no such server. */
  load(serverId: string): Promise<Ctx | null>;
  /** A page's address. */
  href(serverId: string, step: S): string;
  /** Whether a run of this wizard has finished on the server (where a Next without an open run lands). */
  finished?(serverId: string): Promise<boolean>;
}

/** The context of a Next the open run may take. */
export type OpenRun<Ctx extends LoadedRun<{ id: string }, St>, St> = Ctx & { run: NonNullable<Ctx["run"]>; state: St; db: Database };

export function wizardRunner<Ctx extends LoadedRun<{ id: string }, St>, S extends string, St extends RunStateBase<S>, R, C extends string = never>(options: RunnerOptions<Ctx, S, St, R, C>) {
  const { wizard } = options;

  async function context(serverId: string): Promise<Ctx & { db: Database }> {
    // The server id is bound by the page, but a client can post anything in its place.
    if (!isQueryableText(serverId)) continueTo("/console");
    const ctx = await options.load(serverId);
    if (!ctx) continueTo("/console");
    return { ...ctx, db: await getDb() };
  }

  /** To the page the run is at now: after a Next it took, and after one it could not take (a replay, a second tab). */
  async function redirectToRun(serverId: string, submitted: S, choice?: C): Promise<never> {
    const { state } = await context(serverId);
    const finished = state ? false : ((await options.finished?.(serverId)) ?? false);
    continueTo(options.href(serverId, wizard.landing(state, submitted, choice, finished)));
  }

  /** The open run, if it may take a Next from `step`; otherwise the request is sent on to where the run is. */
  async function runAt(serverId: string, step: S, choice?: C): Promise<OpenRun<Ctx, St>> {
    const ctx = await context(serverId);
    if (!ctx.run || !ctx.state || !wizard.canShow(ctx.state, step)) return redirectToRun(serverId, step, choice);
    return ctx as OpenRun<Ctx, St>;
  }

  /**
   * A page's action: the page's schema, then the run's check, then what its Next does. A schema that depends
   * on the run (what an earlier page saved) is read after the check; `choice` is what a Next carries that
   * decides the page after it (where a replay lands).
   */
  function page<Schema extends z.ZodType>(
    step: S,
    spec: {
      schema: Schema | ((ctx: OpenRun<Ctx, St>) => Schema);
      choice?: (data: z.output<Schema>) => C;
      next: (ctx: OpenRun<Ctx, St>, data: z.output<Schema>) => Promise<Result>;
    },
  ) {
    return async (serverId: string, input: unknown): Promise<Result> => {
      const { schema } = spec;
      if (!("safeParse" in schema)) {
        const ctx = await runAt(serverId, step);
        const parsed = schema(ctx).safeParse(input);
        if (!parsed.success) return fail(zodFieldErrors(parsed.error));
        return spec.next(ctx, parsed.data);
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) return fail(zodFieldErrors(parsed.error));
      const ctx = await runAt(serverId, step, spec.choice?.(parsed.data));
      return spec.next(ctx, parsed.data);
    };
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
      return redirectToRun(ctx.server.id, from, choice);
    }
    continueTo(options.href(ctx.server.id, next));
  }

  /**
   * Welcome's Next: refused with the wizard's blocker (not activated, another wizard open…); with an open run,
   * on from Welcome as any Next; without, opens a run (on `route`, with its first `answers`) at the page after
   * Welcome. Of two simultaneous starts one opens the run; the other lands where it is.
   */
  async function start(
    serverId: string,
    opening: {
      blocker: (ctx: Ctx) => { message: string } | null;
      route: (ctx: Ctx) => R;
      answers?: (ctx: Ctx) => Prisma.InputJsonObject;
      where?: Prisma.WizardRunWhereInput;
    },
  ): Promise<Result> {
    const ctx = await context(serverId);
    const blocker = opening.blocker(ctx);
    if (blocker) return fail({}, blocker.message);
    if (ctx.run && ctx.state) {
      if (!wizard.canShow(ctx.state, wizard.first)) return redirectToRun(serverId, wizard.first);
      return advance(ctx as OpenRun<Ctx, St>, wizard.first, { where: opening.where });
    }
    const next = wizard.next(opening.route(ctx), wizard.first)!;
    if (!(await openRun(ctx.db, { serverId, kind: wizard.kind, step: next as WizardStep, answers: opening.answers?.(ctx) }))) return redirectToRun(serverId, wizard.first);
    continueTo(options.href(serverId, next));
  }

  return { context, runAt, redirectToRun, page, advance, start, href: options.href };
}
