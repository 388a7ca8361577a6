// The console's one wizard engine (docs/decisions/032-one-wizard-engine.md). A wizard is a table of pages
// (step, slug, title, when the page is shown, where Next leads when it is not the next page shown) and the
// route a run follows (a connection method, an action); the navigation is written here once: the path of
// pages, Next, Back, the furthest page reached, the page a reopened wizard resumes on, which pages a run may
// show, and where a replayed Next lands. A wizard with a rule of its own (the rebuild's deletion: nothing
// before it once it happened) overrides the rule, not the engine. Pure: no React, Next or Prisma, so pages,
// actions and tests read the same rules. The web site's flows run on it too (lib/clearinghouse/site-wizards.ts):
// a draft's furthest page is the first whose answers are incomplete, and a submitted draft is a closed run.
import type { WizardKind } from "@/generated/prisma/enums";

/** One page of a wizard's table. */
export interface PageRow<S extends string, R, C extends string = never> {
  step: S;
  slug: string;
  title: string;
  /** Whether the page is on the path a run follows on `route`; on every path when omitted. */
  when?: (route: R) => boolean;
  /** Where Next leads when it is not the next page on the path: a branch on the person's choice, a loop. */
  next?: (choice: C | undefined) => S | null;
}

/** What the engine needs to know of an open run: the furthest page reached (WizardRun.step) and more. */
export interface RunStateBase<S extends string> {
  step: S;
}

/** The navigation the engine provides, each rule written once (see the defaults below). */
interface Navigation<S extends string, St extends RunStateBase<S>, R, C extends string> {
  /** The page a reopened wizard shows (`null`: no open run). */
  resume(state: St | null): S;
  /** Whether the run may show (and take a Next from) `step`; any other page redirects to resume(). */
  canShow(state: St | null, step: S): boolean;
  /** Where Back goes from `step`, or null when there is no going back. */
  back(state: St | null, step: S): S | null;
  /** The furthest of two pages: going back and then Next again keeps the progress already made. */
  furthest(route: R, a: S, b: S): S;
  /**
   * Where a Next lands that arrives without an open run (the run finished or was cancelled since: a double
   * click, a second tab); `finished`: whether a run of this wizard has finished (its completing page can show).
   */
  closedLanding(submitted: S, choice: C | undefined, finished: boolean): S;
}

export interface WizardTable<Row extends PageRow<S, R, C>, S extends string, St extends RunStateBase<S>, R, C extends string = never, K extends string = WizardKind> {
  /** The console's wizards: the WizardRun kind their runs are stored as; the web site's: a name of its own. */
  kind: K;
  /** The pages in order; the first is Welcome, the last the completing page (shown from the closed run). */
  pages: readonly Row[];
  /** The route an open run follows (what its pages' `when` read). */
  route: (state: St) => R;
  /** The wizard's own rules, each given the engine's defaults and the wizard's navigation as it ends up. */
  rules?: { [K in keyof Navigation<S, St, R, C>]?: (defaults: Navigation<S, St, R, C>, self: Navigation<S, St, R, C>) => Navigation<S, St, R, C>[K] };
}

export interface Wizard<Row extends PageRow<S, R, C>, S extends string, St extends RunStateBase<S>, R, C extends string = never, K extends string = WizardKind> extends Navigation<S, St, R, C> {
  kind: K;
  pages: readonly Row[];
  first: S;
  /** The completing page. */
  last: S;
  info(step: S): Row;
  fromSlug(slug: string): S | null;
  slugOf(step: S): string;
  isStep(value: string): value is S;
  route(state: St): R;
  /** The pages a run on `route` goes through, in order. */
  path(route: R): S[];
  /** The page whose Next finishes the run (the page before the completing page on the path). */
  final(route: R): S;
  /** The page Next leads to from `step` on `route` (with the person's choice where the page branches). */
  next(route: R, step: S, choice?: C): S | null;
  /** The furthest page the run has reached once it goes to `to` on its own route. */
  reached(state: St, to: S): S;
  /** Where to send a Next for a page the run has already left: the page after it when the run may show it, else resume(). */
  landing(state: St | null, submitted: S, choice?: C, finished?: boolean): S;
}

export function defineWizard<Row extends PageRow<S, R, C>, S extends string, St extends RunStateBase<S>, R, C extends string = never, K extends string = WizardKind>(
  table: WizardTable<Row, S, St, R, C, K>,
): Wizard<Row, S, St, R, C, K> {
  const { pages } = table;
  const first = pages[0]!.step;
  const last = pages.at(-1)!.step;
  const info = (step: S) => {
    const row = pages.find((p) => p.step === step);
    if (!row) throw new Error(`${step} is not a page of ${table.kind}`);
    return row;
  };
  const path = (route: R) => pages.filter((p) => !p.when || p.when(route)).map((p) => p.step);
  const next = (route: R, step: S, choice?: C): S | null => {
    const row = pages.find((p) => p.step === step);
    if (!row) return null;
    if (row.next) return row.next(choice);
    const on = path(route);
    const index = on.indexOf(step);
    return index >= 0 && index < on.length - 1 ? on[index + 1]! : null;
  };
  const final = (route: R) => {
    const on = path(route);
    return on[on.length - 2]!;
  };

  // The defaults: a path of pages, free to go back and forth among those reached until the last Next; the
  // path's last page is its completing page, shown from the closed run only.
  const defaults: Navigation<S, St, R, C> = {
    resume(state) {
      if (!state) return first;
      const on = path(table.route(state));
      // A page the route no longer has (Automatic chosen after a manual page was reached): its final page.
      return on.includes(state.step) && state.step !== on.at(-1) ? state.step : final(table.route(state));
    },
    canShow(state, step) {
      if (!state) return step === first;
      const on = path(table.route(state));
      const index = on.indexOf(step);
      return index >= 0 && index < on.length - 1 && index <= on.indexOf(nav.resume(state));
    },
    back(state, step) {
      if (!state) return null;
      const on = path(table.route(state));
      const index = on.indexOf(step);
      return index > 0 && index < on.length - 1 ? on[index - 1]! : null;
    },
    furthest(route, a, b) {
      const on = path(route);
      return on.indexOf(a) >= on.indexOf(b) ? a : b;
    },
    closedLanding(_submitted, _choice, finished) {
      return finished ? last : first;
    },
  };
  const nav: Navigation<S, St, R, C> = { ...defaults };
  for (const key of Object.keys(table.rules ?? {}) as (keyof Navigation<S, St, R, C>)[]) {
    const rule = table.rules![key]!;
    (nav as unknown as Record<string, unknown>)[key] = rule(defaults, nav);
  }

  return {
    kind: table.kind,
    pages,
    first,
    last,
    info,
    fromSlug: (slug) => pages.find((p) => p.slug === slug)?.step ?? null,
    slugOf: (step) => info(step).slug,
    isStep: (value): value is S => pages.some((p) => p.step === value),
    route: table.route,
    path,
    final,
    next,
    ...nav,
    reached: (state, to) => nav.furthest(table.route(state), state.step, to),
    landing(state, submitted, choice, finished = false) {
      if (!state) return nav.closedLanding(submitted, choice, finished);
      const after = next(table.route(state), submitted, choice);
      return after && nav.canShow(state, after) ? after : nav.resume(state);
    },
  };
}
