// Where a person is in the procedure, from where they are in the app: the route (a console page, a page of
// the Manage RDS CALs Wizard, a page of the web site) and, where one page covers two steps, the little state
// that page knows (the Procedure panel gets it from the page, see components/procedure/). Never from clicks
// on the panel. Pure: the panel and the trainer's view (lib/procedure/progress.ts) both call it.
import type { WizardSlug } from "@/lib/console/manage-cals/steps";
import type { ManageCalsSlug } from "@/lib/clearinghouse/steps";
import type { ProcedureSite } from "./steps";
import { STEP_COUNTS, type ProcedureId } from "./catalog";

/** The rebuild's number of steps (lib/procedure/catalog.ts has every procedure's). */
export const STEP_COUNT = STEP_COUNTS["rebuild-web"];

/** What a page can tell the panel beyond its address. */
export interface ProcedureFacts {
  /** The connection method of the license server selected in the console: step 2 until it is Web Browser. */
  connectionMethod?: "AUTOMATIC" | "WEB_BROWSER" | "TELEPHONE";
  /** Something is typed in the license key pack ID boxes of Obtain Client License Key Pack: step 18, not 9. */
  keyPackIdEntered?: boolean;
  /**
   * A license key pack ID box has had focus on this visit: the person is back with the ID, at step 18,
   * before the first character (issue 18: the counter showed 9 while step 18 was under way).
   */
  keyPackIdFocused?: boolean;
  /** The selected server's latest Manage RDS CALs run finished the rebuild: the procedure is behind the person. */
  rebuildFinished?: boolean;
  /** The selected server's latest Manage RDS CALs run finished a migration to it. */
  migrationFinished?: boolean;
  /** The server's last Manage RDS CALs run, finished here, was a conversion. */
  conversionFinished?: boolean;
  /** Key packs already reinstalled in this rebuild: Obtain Client License Key Pack again is another pass. */
  installedInRun?: number;
  /** Values to carry to the other computer, when the page shows them. */
  licenseServerId?: string;
  licenseKeyPackId?: string;
  productId?: string;
  /** The boxes for a license server ID or confirmation code brought back (the lifecycle wizards) are in use. */
  idEntryInUse?: boolean;
  /** What the open Manage RDS CALs run is doing, once chosen on Action Selection. */
  wizardAction?: "rebuild" | "migrate" | "convert";
  /** The connection method chosen in an open Activate Server Wizard (by Web browser or by telephone). */
  wizardMethod?: "AUTOMATIC" | "WEB_BROWSER" | "TELEPHONE";
}

export interface ProcedurePosition {
  procedure: ProcedureId;
  site: ProcedureSite;
  /** The step the person is on. */
  current: number;
  /** The last step this page covers ("Provide …" and "Click Next" are one page): current..through. */
  through: number;
  /** Which set of RDS CALs is being reinstalled (2 and up: "Repeat steps 9 through 18"). */
  pass: number;
}

/** The web site's pages: Select Option, the four Manage CALs pages, the result, the status page. */
export type WebPage = "select-option" | ManageCalsSlug | "result" | "status";

const WIZARD_PROCEDURE_STEPS: Record<WizardSlug, number> = {
  welcome: 4,
  "action-selection": 5,
  reason: 6,
  "confirm-deletion": 7,
  reinstalling: 8,
  "obtain-key-pack": 9,
  "reinstall-additional": 19,
  completed: 19,
};

const WEB_PROCEDURE_STEPS: Record<WebPage, [number, number]> = {
  "select-option": [10, 10],
  "license-server": [11, 12],
  company: [13, 14],
  purchase: [15, 16],
  verify: [17, 17],
  // Step 17 ends on the page that shows the license key pack ID; the status page shows it after a review.
  result: [17, 17],
  status: [17, 17],
};

function at(site: ProcedureSite, current: number, through = current, pass = 1): ProcedurePosition {
  return { procedure: "rebuild-web", site, current, through, pass };
}

/** Past the last step: every step is done (stepState), nothing is current. */
const FINISHED = STEP_COUNT + 1;

export function isFinished(position: ProcedurePosition): boolean {
  return position.current > STEP_COUNTS[position.procedure];
}

/** A page of the Manage RDS CALs Wizard. Obtain Client License Key Pack is step 9 until the person is at the ID's boxes. */
export function wizardPosition(slug: string, facts: ProcedureFacts = {}): ProcedurePosition | null {
  if (!Object.hasOwn(WIZARD_PROCEDURE_STEPS, slug)) return null;
  const pass = (facts.installedInRun ?? 0) + 1;
  if (slug === "obtain-key-pack") {
    const step = facts.keyPackIdEntered || facts.keyPackIdFocused ? 18 : 9;
    return at("console", step, step, pass);
  }
  return at("console", WIZARD_PROCEDURE_STEPS[slug as WizardSlug]);
}

export function webPosition(page: WebPage): ProcedurePosition {
  const [current, through] = WEB_PROCEDURE_STEPS[page];
  return at("licensing", current, through);
}

const SERVER_PAGE = /^\/console\/servers\/[^/]+\/(properties|review-configuration|manage-cals)(?:\/([^/]+))?$/;
const MANAGE_CALS_PAGE = /^\/licensing\/manage-cals\/([^/]+)$/;

/**
 * The position for an address. `server` is the console's `?server=` (a selected license server). Null for
 * pages outside the procedure (an unknown address, the helpdesk).
 */
export function procedurePosition(pathname: string, search: { server?: string | null } = {}, facts: ProcedureFacts = {}): ProcedurePosition | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === "/console") {
    // Step 1 is behind the person once the console is open. With a server selected, the Action menu is next,
    // unless its connection method still has to be changed to Web Browser (step 2).
    if (!search.server) return at("console", 2);
    // Back on the server after Finish: the rebuild is done, not about to start (a new Manage RDS CALs run
    // shows its own steps from Welcome on).
    if (facts.rebuildFinished) return at("console", FINISHED);
    return at("console", facts.connectionMethod && facts.connectionMethod !== "WEB_BROWSER" ? 2 : 3);
  }
  const server = SERVER_PAGE.exec(path);
  if (server) {
    const [, page, slug] = server;
    if (page === "manage-cals") return slug ? wizardPosition(slug, facts) : at("console", 4);
    return slug ? null : at("console", 2);
  }
  if (path === "/licensing") return webPosition("select-option");
  if (path === "/licensing/status") return webPosition("status");
  const web = MANAGE_CALS_PAGE.exec(path);
  if (web && Object.hasOwn(WEB_PROCEDURE_STEPS, web[1]!) && web[1] !== "select-option" && web[1] !== "status") return webPosition(web[1] as WebPage);
  return null;
}

export type StepState = "done" | "current" | "todo";

export function stepState(position: ProcedurePosition | null, step: number): StepState {
  if (!position) return "todo";
  if (step < position.current) return "done";
  return step <= position.through ? "current" : "todo";
}

/** "Step 9 of 19", "Steps 11 and 12 of 19", "All 19 steps done". */
export function positionLabel(position: ProcedurePosition): string {
  const count = STEP_COUNTS[position.procedure];
  if (isFinished(position)) return `All ${count} steps done`;
  return position.through > position.current ? `Steps ${position.current} and ${position.through} of ${count}` : `Step ${position.current} of ${count}`;
}
