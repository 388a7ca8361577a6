// The web site's multi-page flows as tables on the one wizard engine (lib/console/wizard-engine/engine.ts,
// docs/decisions/032-one-wizard-engine.md): Manage CALs and Install client access licenses (one draft's pages,
// docs/decisions/023) and Activate / Reactivate / Deactivate a license server. A draft is not a WizardRun:
// the furthest page it has reached is the first page whose saved answers are incomplete (progress.ts,
// server-flows.ts), and a submitted draft is a closed run, whose completing page (the result) alone shows.
// Next, Back, which pages may show and where a visitor who skips ahead lands are the engine's. Pure.
import { defineWizard, type PageRow } from "@/lib/console/wizard-engine/engine";
import { MANAGE_CALS_STEPS, stepPath, type FormStepSlug, type ManageCalsSlug, type SiteOption } from "./steps";
import { PAGE_TITLES, SERVER_FLOW_INFO, type ServerFlow, type ServerFlowPage } from "./server-flows";

/** A draft's position: the furthest page it may show (the first whose answers are incomplete). */
interface DraftState<P extends string> {
  step: P;
}

type DraftPage = ManageCalsSlug | "result";

/** The draft flows' pages do not depend on anything chosen in them: one route. */
type OneRoute = null;

function siteWizard<P extends string, K extends string>(kind: K, pages: readonly { slug: P; title: string }[]) {
  const rows = pages.map((p) => ({ step: p.slug, slug: p.slug, title: p.title }));
  return defineWizard<PageRow<P, OneRoute>, P, DraftState<P>, OneRoute, never, K>({ kind, pages: rows, route: () => null });
}

/** Manage CALs and Install client access licenses: license server, company, purchase, verify, then the result. */
const DRAFT_WIZARD = siteWizard<DraftPage, "SITE_DRAFT">("SITE_DRAFT", [...MANAGE_CALS_STEPS, { slug: "result", title: "Result" }]);

const FLOW_WIZARDS = {
  activate: siteWizard("SITE_ACTIVATE", SERVER_FLOW_INFO.activate.pages.map((p) => ({ slug: p, title: PAGE_TITLES[p] }))),
  reactivate: siteWizard("SITE_REACTIVATE", SERVER_FLOW_INFO.reactivate.pages.map((p) => ({ slug: p, title: PAGE_TITLES[p] }))),
  deactivate: siteWizard("SITE_DEACTIVATE", SERVER_FLOW_INFO.deactivate.pages.map((p) => ({ slug: p, title: PAGE_TITLES[p] }))),
} as const satisfies Record<ServerFlow, unknown>;

const flowWizard = (flow: ServerFlow) => FLOW_WIZARDS[flow] as ReturnType<typeof siteWizard<ServerFlowPage, string>>;

/** The page after a draft's form page: Next's target. */
export function nextDraftPage(slug: FormStepSlug): ManageCalsSlug {
  return DRAFT_WIZARD.next(null, slug) as ManageCalsSlug;
}

/** Back's target from `slug`: the page before it, or Select Option from the first page. */
export function previousDraftPath(slug: ManageCalsSlug, option: SiteOption): string {
  const previous = DRAFT_WIZARD.back({ step: "verify" }, slug) as ManageCalsSlug | null;
  return previous ? stepPath(previous, option) : "/licensing";
}

/** "Step N of 4": the page's place among the pages before the result. */
export function draftPageNumber(slug: ManageCalsSlug): number {
  return DRAFT_WIZARD.path(null).indexOf(slug) + 1;
}

/** Where a visitor asking for `slug` of an unsubmitted draft lands instead, or null when it may show. */
export function draftPageRedirect(furthest: ManageCalsSlug, slug: ManageCalsSlug): ManageCalsSlug | null {
  const state = { step: furthest };
  return DRAFT_WIZARD.canShow(state, slug) ? null : (DRAFT_WIZARD.resume(state) as ManageCalsSlug);
}

/** The pages a server flow has, in order (the result last). */
export function flowPages(flow: ServerFlow): readonly ServerFlowPage[] {
  return flowWizard(flow).path(null);
}

/** The page after `page` of a server flow: Next's target. */
export function nextFlowPage(flow: ServerFlow, page: ServerFlowPage): ServerFlowPage {
  return flowWizard(flow).next(null, page) ?? page;
}

/** The page before `page`, or null on the first page and on the result. */
export function previousFlowPage(flow: ServerFlow, page: ServerFlowPage): ServerFlowPage | null {
  return flowWizard(flow).back({ step: "verify" }, page);
}

/**
 * Whether `page` may show for a draft whose first incomplete page is `furthest`: the pages up to it; the
 * result, the completing page, only once the draft is submitted, and then nothing else.
 */
export function canShowFlowPage(flow: ServerFlow, furthest: ServerFlowPage, submitted: boolean, page: ServerFlowPage): boolean {
  const wizard = flowWizard(flow);
  return submitted ? page === wizard.last : wizard.canShow({ step: furthest }, page);
}
