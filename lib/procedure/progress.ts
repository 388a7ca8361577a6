// How far a trainee got, for the trainer's view: from the license server's latest Manage RDS CALs run and the
// latest web site activity (a draft or a request) for its License Server ID, mapped to procedure steps by the
// same functions as the Procedure panel. Pure; lib/practice/queries.ts gathers the facts.
import { slugOf, stepInfo, type WizardStep } from "@/lib/console/manage-cals/steps";
import { webPosition, wizardPosition, type ProcedurePosition, type WebPage } from "./location";

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
