// The Manage RDS CALs wizard (rebuild) as a pure state machine: which page follows which, which pages a
// run may show, where a reopened wizard resumes, and what Back does. The deletion of the installed RDS
// CALs is the point of no return: once a run has deleted them, no page before it can be shown again.
// Pages, actions and tests all read this module; it knows nothing of React, Next or Prisma.

export const WIZARD_STEPS = [
  { step: "WELCOME", slug: "welcome", title: "Welcome to the Manage RDS CALs Wizard" },
  { step: "ACTION_SELECTION", slug: "action-selection", title: "Action Selection" },
  { step: "REASON", slug: "reason", title: "Select a Reason" },
  { step: "CONFIRM_DELETION", slug: "confirm-deletion", title: "Confirm Deletion of RDS CALs" },
  { step: "REINSTALLING", slug: "reinstalling", title: "Reinstalling RDS CALs" },
  { step: "OBTAIN_KEY_PACK", slug: "obtain-key-pack", title: "Obtain Client License Key Pack" },
  { step: "REINSTALL_ADDITIONAL", slug: "reinstall-additional", title: "Reinstalling Additional RDS CALs" },
  { step: "COMPLETED", slug: "completed", title: "Completing the Manage RDS CALs Wizard" },
] as const;

/** Same values as the Prisma enum WizardStep. */
export type WizardStep = (typeof WIZARD_STEPS)[number]["step"];
export type WizardSlug = (typeof WIZARD_STEPS)[number]["slug"];

/** The steps before the deletion: free to go back and forth among those already reached. */
const PRE_DELETION: readonly WizardStep[] = ["WELCOME", "ACTION_SELECTION", "REASON", "CONFIRM_DELETION"];

/** What the wizard needs to know of a run. `null` stands for "no open run on this server". */
export interface RunState {
  /** The furthest page the run has reached (WizardRun.step). */
  step: WizardStep;
  /** WizardRun.deletedAt is set: the server's RDS CALs are gone. */
  deleted: boolean;
  /** Key packs installed by this run so far. */
  installedInRun: number;
}

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.findIndex((s) => s.step === step);
}

export function stepInfo(step: WizardStep) {
  return WIZARD_STEPS[stepIndex(step)]!;
}

export function stepFromSlug(slug: string): WizardStep | null {
  return WIZARD_STEPS.find((s) => s.slug === slug)?.step ?? null;
}

export function slugOf(step: WizardStep): WizardSlug {
  return stepInfo(step).slug;
}

export function isPreDeletion(step: WizardStep): boolean {
  return PRE_DELETION.includes(step);
}

/** The page Next leads to. Reinstalling Additional RDS CALs branches on the person's choice. */
export function nextWizardStep(step: WizardStep, choice?: "continue" | "finish"): WizardStep | null {
  switch (step) {
    case "WELCOME":
      return "ACTION_SELECTION";
    case "ACTION_SELECTION":
      return "REASON";
    case "REASON":
      return "CONFIRM_DELETION";
    case "CONFIRM_DELETION":
      return "REINSTALLING";
    case "REINSTALLING":
      return "OBTAIN_KEY_PACK";
    case "OBTAIN_KEY_PACK":
      return "REINSTALL_ADDITIONAL";
    case "REINSTALL_ADDITIONAL":
      return choice === "continue" ? "OBTAIN_KEY_PACK" : "COMPLETED";
    case "COMPLETED":
      return null;
  }
}

/** The page a reopened wizard shows: after the deletion, never earlier than Obtain Client License Key Pack. */
export function resumeStep(run: RunState | null): WizardStep {
  if (!run) return "WELCOME";
  if (run.deleted && (run.step === "REINSTALLING" || isPreDeletion(run.step))) return "OBTAIN_KEY_PACK";
  return run.step;
}

/** Where Back goes from `step`, or null when there is no going back (the deletion or an install is behind). */
export function backStep(run: RunState | null, step: WizardStep): WizardStep | null {
  switch (step) {
    case "ACTION_SELECTION":
      return "WELCOME";
    case "REASON":
      return "ACTION_SELECTION";
    case "CONFIRM_DELETION":
      return "REASON";
    case "OBTAIN_KEY_PACK":
      // Having chosen to continue, a person may go back and choose to finish instead.
      return run && run.installedInRun > 0 ? "REINSTALL_ADDITIONAL" : "REINSTALLING";
    default:
      return null;
  }
}

/** Whether the run may show (and accept a Next from) `step`; any other page redirects to resumeStep. */
export function canShow(run: RunState | null, step: WizardStep): boolean {
  if (!run) return step === "WELCOME";
  if (!run.deleted) return isPreDeletion(step) && isPreDeletion(run.step) && stepIndex(step) <= stepIndex(run.step);
  if (isPreDeletion(step)) return false;
  const current = resumeStep(run);
  if (current === "COMPLETED") return step === "COMPLETED";
  return step === current || step === backStep(run, current);
}

/** The furthest of two steps: going back and then Next again keeps the progress already made. */
export function furthest(a: WizardStep, b: WizardStep): WizardStep {
  return stepIndex(a) >= stepIndex(b) ? a : b;
}

/**
 * Where to send a Next that arrives for a page the run has already left (a double click, a second tab,
 * the browser's Back button): the page that follows it when the run may show that, else the resume page.
 */
export function landingAfterReplay(run: RunState | null, submitted: WizardStep, choice?: "continue" | "finish"): WizardStep {
  const next = nextWizardStep(submitted, choice);
  return next && canShow(run, next) ? next : resumeStep(run);
}

/** Cancel before the deletion ends the run; after it the run stays open so the rebuild can be resumed. */
export function cancelEffect(run: RunState | null): "nothing" | "cancel-run" | "leave-open" {
  if (!run) return "nothing";
  return run.deleted ? "leave-open" : "cancel-run";
}

/** Finishing needs the deletion behind and at least one key pack reinstalled. */
export function canFinish(run: RunState | null): boolean {
  return !!run && run.deleted && run.installedInRun > 0 && (run.step === "REINSTALL_ADDITIONAL" || run.step === "OBTAIN_KEY_PACK");
}
