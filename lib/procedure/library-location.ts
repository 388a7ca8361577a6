// Where a person is in any procedure of the library, from where they are in the app, like location.ts does for
// the rebuild (which keeps its own rules and tests). Each procedure lists its pages as rules: an address
// pattern and the step(s) that page covers, given the facts the page tells the panel. Pure and small: every
// page's header counter runs it (the steps' text is in library.ts, loaded with the panel).
import { DEFAULT_PROCEDURE, STEP_COUNTS, type ProcedureId } from "./catalog";
import { procedurePosition, type ProcedureFacts, type ProcedurePosition } from "./location";
import type { ProcedureSite } from "./steps";

interface Search {
  server?: string | null;
  /** The console's `?revoked=`: the server's view right after a revocation (lib/console/urls.ts revokedHref). */
  revoked?: string | null;
}

type Steps = number | [number, number] | null;

interface PageRule {
  path: RegExp;
  site: ProcedureSite;
  /** The step(s) of this page; `slug` is the first capture group of `path`, if any. */
  steps: (slug: string | undefined, facts: ProcedureFacts, search: Search) => Steps;
}

const SERVER = String.raw`^/console/servers/[^/]+`;

function table(map: Record<string, Steps>): (slug: string | undefined) => Steps {
  return (slug) => (slug !== undefined && Object.hasOwn(map, slug) ? map[slug]! : null);
}

/** Past the procedure's last step: back on the server after the wizard's Finish, every step is done. */
const done = (id: ProcedureId) => STEP_COUNTS[id] + 1;

/** Opening the console puts step 1 behind; a selected server puts the Action menu (step 2) next. */
const CONSOLE_HOME: PageRule = { path: /^\/console$/, site: "console", steps: () => 2 };

const RULES: Record<Exclude<ProcedureId, "rebuild-web">, readonly PageRule[]> = {
  "activate-web": [
    CONSOLE_HOME,
    { path: new RegExp(`${SERVER}/activate$`), site: "console", steps: () => 3 },
    {
      path: new RegExp(`${SERVER}/activate/([^/]+)$`),
      site: "console",
      steps: (slug, facts) =>
        slug === "license-server-activation"
          ? facts.idEntryInUse ? 10 : 5
          : table({ welcome: 3, "connection-method": 4, completed: 10 })(slug),
    },
    { path: /^\/licensing$/, site: "licensing", steps: () => 6 },
    { path: /^\/licensing\/activate$/, site: "licensing", steps: () => 7 },
    { path: /^\/licensing\/activate\/([^/]+)$/, site: "licensing", steps: table({ company: 8, verify: 9, result: 9 }) },
  ],
  "activate-telephone": [
    CONSOLE_HOME,
    { path: new RegExp(`${SERVER}/activate$`), site: "console", steps: () => 3 },
    {
      path: new RegExp(`${SERVER}/activate/([^/]+)$`),
      site: "console",
      steps: (slug, facts) =>
        slug === "license-server-activation"
          ? facts.idEntryInUse ? 6 : 5
          : table({ welcome: 3, "connection-method": 4, completed: 7 })(slug),
    },
  ],
  "install-web": [
    { path: /^\/console$/, site: "console", steps: (_slug, facts, search) => (search.server && facts.connectionMethod === "WEB_BROWSER" ? 3 : 2) },
    { path: new RegExp(`${SERVER}/properties$`), site: "console", steps: () => 2 },
    { path: new RegExp(`${SERVER}/install-licenses$`), site: "console", steps: () => 4 },
    {
      path: new RegExp(`${SERVER}/install-licenses/([^/]+)$`),
      site: "console",
      steps: (slug, facts) => (slug === "obtain-key-pack" ? (facts.keyPackIdEntered || facts.keyPackIdFocused ? 11 : 5) : table({ welcome: 4, completed: 12 })(slug)),
    },
    { path: /^\/licensing$/, site: "licensing", steps: () => 6 },
    { path: /^\/licensing\/install-cals\/([^/]+)$/, site: "licensing", steps: table({ "license-server": 7, company: 8, purchase: 9, verify: 10, result: 10 }) },
  ],
  "install-telephone": [
    { path: /^\/console$/, site: "console", steps: (_slug, facts, search) => (search.server && facts.connectionMethod === "TELEPHONE" ? 3 : 2) },
    { path: new RegExp(`${SERVER}/properties$`), site: "console", steps: () => 2 },
    { path: new RegExp(`${SERVER}/install-licenses$`), site: "console", steps: () => 4 },
    {
      path: new RegExp(`${SERVER}/install-licenses/([^/]+)$`),
      site: "console",
      steps: (slug, facts) => (slug === "obtain-key-pack" ? (facts.keyPackIdEntered || facts.keyPackIdFocused ? 7 : [5, 6]) : table({ welcome: 4, completed: 8 })(slug)),
    },
  ],
  "rebuild-telephone": [
    { path: /^\/console$/, site: "console", steps: (_slug, facts, search) => (search.server && facts.rebuildFinished ? done("rebuild-telephone") : search.server && facts.connectionMethod === "TELEPHONE" ? 3 : 2) },
    { path: new RegExp(`${SERVER}/(?:properties|review-configuration)$`), site: "console", steps: () => 2 },
    { path: new RegExp(`${SERVER}/manage-cals$`), site: "console", steps: () => 4 },
    {
      path: new RegExp(`${SERVER}/manage-cals/([^/]+)$`),
      site: "console",
      steps: (slug, facts) =>
        slug === "obtain-key-pack"
          ? facts.keyPackIdEntered || facts.keyPackIdFocused ? 11 : [9, 10]
          : table({ welcome: 4, "action-selection": 5, reason: 6, "confirm-deletion": 7, reinstalling: 8, "reinstall-additional": 12, completed: 12 })(slug),
    },
  ],
  "migrate-web": [
    { path: /^\/console$/, site: "console", steps: (_slug, facts, search) => (search.server && facts.migrationFinished ? done("migrate-web") : search.server && facts.connectionMethod === "WEB_BROWSER" ? 3 : 2) },
    { path: new RegExp(`${SERVER}/properties$`), site: "console", steps: () => 2 },
    { path: new RegExp(`${SERVER}/manage-cals$`), site: "console", steps: () => 4 },
    {
      path: new RegExp(`${SERVER}/manage-cals/([^/]+)$`),
      site: "console",
      steps: (slug, facts) =>
        slug === "migrate-obtain-key-pack"
          ? facts.keyPackIdEntered || facts.keyPackIdFocused ? 15 : 9
          : table({ welcome: 4, "action-selection": 5, "migrate-reason": 6, "migrate-source": 7, "migrate-reminder": 8, "migrate-completed": 16 })(slug),
    },
    { path: /^\/licensing$/, site: "licensing", steps: () => 10 },
    { path: /^\/licensing\/manage-cals\/([^/]+)$/, site: "licensing", steps: table({ "license-server": 11, company: 12, purchase: 13, verify: 14, result: 14 }) },
  ],
  convert: [
    { path: /^\/console$/, site: "console", steps: (_slug, facts, search) => (search.server && facts.conversionFinished ? done("convert") : 2) },
    { path: new RegExp(`${SERVER}/manage-cals$`), site: "console", steps: () => 3 },
    {
      path: new RegExp(`${SERVER}/manage-cals/([^/]+)$`),
      site: "console",
      steps: (slug, facts) =>
        slug === "convert-obtain-key-pack"
          ? facts.keyPackIdEntered || facts.keyPackIdFocused ? 8 : 6
          : table({ welcome: 3, "action-selection": 4, "convert-key-pack": 5, "convert-completed": 9 })(slug),
    },
    { path: /^\/licensing\/convert$/, site: "licensing", steps: () => 7 },
  ],
  reactivate: [
    CONSOLE_HOME,
    { path: new RegExp(`${SERVER}/reactivate$`), site: "console", steps: () => 3 },
    { path: new RegExp(`${SERVER}/reactivate/([^/]+)$`), site: "console", steps: table({ welcome: 3, "connection-method": 4, reason: 5, "license-server-activation": 6, completed: 7 }) },
  ],
  revoke: [
    { path: /^\/console$/, site: "console", steps: (_slug, _facts, search) => (search.server && search.revoked ? done("revoke") : search.server ? 3 : 2) },
    { path: new RegExp(`${SERVER}/issued-cals/[^/]+/revoke$`), site: "console", steps: () => 4 },
  ],
  deactivate: [
    CONSOLE_HOME,
    { path: new RegExp(`${SERVER}/deactivate$`), site: "console", steps: () => 3 },
    { path: new RegExp(`${SERVER}/deactivate/([^/]+)$`), site: "console", steps: table({ welcome: 3, "connection-method": 4, "contact-information": 5, "confirmation-code": 6, completed: 7 }) },
  ],
};

const MANAGE_CALS_PROCEDURES: readonly ProcedureId[] = ["rebuild-web", "rebuild-telephone", "migrate-web", "convert"];

/**
 * The Manage RDS CALs Wizard serves four procedures: by its action (facts from the run) and the server's
 * connection method. Before the page has told either (the Action menu's redirect, the first render after a
 * navigation), the one the person follows stays, if it is one of them (issue 18: the telephone
 * rebuild's counter showed the Web rebuild's "Step 4 of 19" for a moment).
 */
function manageCalsProcedure(facts: ProcedureFacts, chosen: ProcedureId, path: string): ProcedureId {
  if (facts.wizardAction === "migrate" || /\/manage-cals\/migrate-/.test(path)) return "migrate-web";
  if (facts.wizardAction === "convert" || /\/manage-cals\/convert-/.test(path)) return "convert";
  if (facts.wizardAction === "rebuild") return facts.connectionMethod === "TELEPHONE" ? "rebuild-telephone" : "rebuild-web";
  if (facts.connectionMethod === "TELEPHONE") return "rebuild-telephone";
  if (facts.connectionMethod === undefined && MANAGE_CALS_PROCEDURES.includes(chosen)) return chosen;
  return chosen === "migrate-web" || chosen === "convert" ? chosen : "rebuild-web";
}

/** Pages that belong to one procedure only: visiting one shows that procedure, whatever was chosen. */
const OWNERS: readonly { path: RegExp; procedure: (facts: ProcedureFacts, chosen: ProcedureId, path: string) => ProcedureId }[] = [
  { path: new RegExp(`${SERVER}/manage-cals(/|$)`), procedure: manageCalsProcedure },
  { path: /^\/licensing\/manage-cals\//, procedure: (_facts, chosen) => (chosen === "migrate-web" ? chosen : "rebuild-web") },
  {
    path: new RegExp(`${SERVER}/activate(/|$)`),
    procedure: (facts, chosen) =>
      facts.wizardMethod === "TELEPHONE" ? "activate-telephone" : facts.wizardMethod === "WEB_BROWSER" ? "activate-web" : chosen === "activate-telephone" ? chosen : "activate-web",
  },
  { path: /^\/licensing\/activate(\/|$)/, procedure: () => "activate-web" },
  { path: /^\/licensing\/convert$/, procedure: () => "convert" },
  { path: new RegExp(`${SERVER}/install-licenses(/|$)`), procedure: (facts) => (facts.connectionMethod === "TELEPHONE" ? "install-telephone" : "install-web") },
  { path: /^\/licensing\/install-cals\//, procedure: () => "install-web" },
  { path: new RegExp(`${SERVER}/reactivate(/|$)`), procedure: () => "reactivate" },
  { path: new RegExp(`${SERVER}/deactivate(/|$)`), procedure: () => "deactivate" },
  { path: new RegExp(`${SERVER}/issued-cals/[^/]+/revoke$`), procedure: () => "revoke" },
];

function normalise(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
}

/** The position in procedure `id` for an address, or null when the page is not one of its steps. */
export function positionIn(id: ProcedureId, pathname: string, search: Search = {}, facts: ProcedureFacts = {}): ProcedurePosition | null {
  if (id === "rebuild-web") return procedurePosition(pathname, search, facts);
  const path = normalise(pathname);
  for (const rule of RULES[id]) {
    const match = rule.path.exec(path);
    if (!match) continue;
    const steps = rule.steps(match[1], facts, search);
    if (steps === null) return null;
    const [current, through] = typeof steps === "number" ? [steps, steps] : steps;
    return { procedure: id, site: rule.site, current, through: Math.min(through, STEP_COUNTS[id]), pass: 1 };
  }
  return null;
}

/** The procedure a page belongs to on its own (a page of one wizard), if any. */
export function owningProcedure(pathname: string, facts: ProcedureFacts, chosen: ProcedureId = DEFAULT_PROCEDURE): ProcedureId | null {
  const path = normalise(pathname);
  return OWNERS.find((owner) => owner.path.test(path))?.procedure(facts, chosen, path) ?? null;
}

/**
 * Which procedure the panel shows and where the person is in it: the page's own procedure when it belongs
 * to one, else the one the person chose.
 */
export function resolvePosition(chosen: ProcedureId, pathname: string, search: Search = {}, facts: ProcedureFacts = {}): { procedure: ProcedureId; position: ProcedurePosition | null } {
  const procedure = owningProcedure(pathname, facts, chosen) ?? chosen;
  return { procedure, position: positionIn(procedure, pathname, search, facts) };
}
