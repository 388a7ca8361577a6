// How far a trainee got, for the trainer's view: from the license server's latest Manage RDS CALs run and the
// latest web site activity (a draft or a request) for its License Server ID, mapped to procedure steps by the
// same functions as the Procedure panel. Pure; lib/practice/queries.ts gathers the facts.
import { MANAGE_CALS, slugOf, stepInfo, type WizardStep } from "@/lib/console/manage-cals/steps";
import { INSTALL_LICENSES } from "@/lib/console/install-licenses/steps";
import { LIFECYCLE_WIZARDS } from "@/lib/console/lifecycle/steps";
import { WIZARD_KINDS, type WizardKind } from "@/lib/console/wizard-kinds";
import type { ProcedureId } from "./catalog";
import { positionIn } from "./library-location";
import { webPosition, wizardPosition, type ProcedureFacts, type ProcedurePosition, type WebPage } from "./location";

export interface RunFacts {
  status: "IN_PROGRESS" | "FINISHED" | "CANCELLED";
  step: WizardStep;
  installedInRun: number;
  updatedAt: Date;
}

export interface WebFacts {
  page: WebPage;
  /** When the draft was last saved, or the request last changed. */
  at: Date;
  /** A submitted request's outcome so far. */
  outcome?: "issued" | "review" | "rejected";
}

export interface PracticeProgress {
  position: ProcedurePosition | null;
  finished: boolean;
  summary: string;
}

const WEB_PAGE_NAMES: Record<WebPage, string> = {
  "select-option": "Select Option",
  "license-server": "License server information",
  company: "Company information",
  purchase: "License program information",
  verify: "Verify your information",
  result: "the result",
  status: "Check request status",
};

function sets(count: number): string {
  return `${count} set${count === 1 ? "" : "s"} of RDS CALs reinstalled`;
}

export function practiceProgress(run: RunFacts | null, web: WebFacts | null): PracticeProgress {
  if (!run || run.status === "CANCELLED") {
    return { position: null, finished: false, summary: run ? "Cancelled the Manage RDS CALs Wizard before the deletion" : "Has not started the Manage RDS CALs Wizard" };
  }
  if (run.status === "FINISHED") {
    return { position: wizardPosition("completed"), finished: true, summary: `Finished the rebuild: ${sets(run.installedInRun)}` };
  }
  const inWizard = wizardPosition(slugOf(run.step), { installedInRun: run.installedInRun })!;
  const done = run.installedInRun ? ` (${sets(run.installedInRun)})` : "";
  // While the wizard waits on Obtain Client License Key Pack, the person is on the web site: what they did
  // there after the wizard's last move says where they are.
  if (run.step === "OBTAIN_KEY_PACK" && web && web.at > run.updatedAt) {
    if (web.outcome === "issued") {
      const entering = wizardPosition("obtain-key-pack", { installedInRun: run.installedInRun, keyPackIdEntered: true });
      return { position: entering, finished: false, summary: `Has a license key pack ID from the Web site, to enter in the wizard${done}` };
    }
    if (web.outcome) {
      const waiting = web.outcome === "review" ? "awaiting review by the helpdesk" : "rejected by the helpdesk";
      return { position: { ...webPosition("result"), pass: inWizard.pass }, finished: false, summary: `Web site request ${waiting}${done}` };
    }
    return { position: { ...webPosition(web.page), pass: inWizard.pass }, finished: false, summary: `On the Web site: ${WEB_PAGE_NAMES[web.page]}${done}` };
  }
  return { position: inWizard, finished: false, summary: `In the wizard: ${stepInfo(run.step).title}${done}` };
}

/** A wizard run of any kind, for the position in the procedures other than the Web rebuild (which has practiceProgress). */
export interface AnyRunFacts {
  kind: WizardKind;
  /** Manage RDS CALs: "MIGRATE" for a migration, "CONVERT" for a conversion, else a rebuild. */
  action: string | null;
  status: RunFacts["status"];
  step: string;
  updatedAt: Date;
}

const WIZARDS = { MANAGE_CALS, INSTALL_LICENSES, ...LIFECYCLE_WIZARDS } as const;

/** The wizard runs a procedure is followed by (its own wizard, and for Manage RDS CALs its action). */
export function runFollows(procedure: ProcedureId, run: Pick<AnyRunFacts, "kind" | "action">): boolean {
  switch (procedure) {
    case "rebuild-web":
    case "rebuild-telephone":
      return run.kind === "MANAGE_CALS" && run.action !== "MIGRATE" && run.action !== "CONVERT";
    case "migrate-web":
      return run.kind === "MANAGE_CALS" && run.action === "MIGRATE";
    case "convert":
      return run.kind === "MANAGE_CALS" && run.action === "CONVERT";
    case "activate-web":
    case "activate-telephone":
      return run.kind === "ACTIVATE_SERVER";
    case "install-web":
    case "install-telephone":
      return run.kind === "INSTALL_LICENSES";
    case "reactivate":
      return run.kind === "REACTIVATE_SERVER";
    case "deactivate":
      return run.kind === "DEACTIVATE_SERVER";
    case "revoke":
      // Revoke License is a question on one page, not a wizard: no run follows it.
      return false;
  }
}

function slugOfRun(run: AnyRunFacts): string | null {
  const wizard = WIZARDS[run.kind] as { isStep(value: unknown): boolean; slugOf(step: never): string };
  return wizard.isStep(run.step) ? wizard.slugOf(run.step as never) : null;
}

/**
 * Where a person is in `procedure`, for the trainer's view, from the server's latest run of that procedure's
 * wizard and the Web site's latest activity for its License Server ID: the page they would be on, placed by
 * the Procedure panel's own rules (library-location.ts), as practiceProgress does for the Web rebuild.
 */
export function procedureProgress(procedure: ProcedureId, serverId: string, run: AnyRunFacts | null, web: WebFacts | null, connectionMethod?: ProcedureFacts["connectionMethod"]): ProcedurePosition | null {
  if (!run || run.status === "CANCELLED") return null;
  const slug = slugOfRun(run);
  if (!slug) return null;
  const action = run.action === "MIGRATE" ? "migrate" : run.action === "CONVERT" ? "convert" : "rebuild";
  const facts: ProcedureFacts = { connectionMethod, ...(run.kind === "MANAGE_CALS" ? { wizardAction: action } : {}) };
  let path = `/console/servers/${serverId}/${WIZARD_KINDS[run.kind].segment}/${slug}`;
  // Waiting on Obtain Client License Key Pack, the person is on the Web site: what they did there after the wizard's last move says where.
  // (A conversion's web page is not a Manage CALs request: no web facts follow it.)
  if (/obtain-key-pack$/.test(slug) && action !== "convert" && web && web.at > run.updatedAt) {
    if (web.outcome === "issued") facts.keyPackIdEntered = true;
    else path = `/licensing/${run.kind === "INSTALL_LICENSES" ? "install-cals" : "manage-cals"}/${web.outcome ? "result" : web.page}`;
  }
  return positionIn(procedure, path, {}, facts);
}
