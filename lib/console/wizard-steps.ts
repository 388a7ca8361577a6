// The Manage RDS CALs wizard (rebuild) as a pure state machine: which page follows which, which pages a
// run may show, where a reopened wizard resumes, and what Back does. The deletion of the installed RDS
// CALs is the point of no return: once a run has deleted them, no page before it can be shown again.
// Pages, actions and tests all read this module; it knows nothing of React, Next or Prisma.
// The wizard's second action, Migrate RDS CALs from another license server to this license server, branches
// off Action Selection into its own pages (MIGRATE_STEPS): nothing is deleted before its one install, which
// also finishes the run, so its pages are free to go back and forth among those reached until then.

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

/** The migration's own pages, after Welcome and Action Selection (docs/decisions/025-migrate-rds-cals.md). */
export const MIGRATE_STEPS = [
  { step: "MIGRATE_REASON", slug: "migrate-reason", title: "Select a Reason for Migration" },
  { step: "MIGRATE_SOURCE", slug: "migrate-source", title: "Source License Server Information" },
  { step: "MIGRATE_REMINDER", slug: "migrate-reminder", title: "Remove RDS CALs from the Source License Server" },
  { step: "MIGRATE_OBTAIN_KEY_PACK", slug: "migrate-obtain-key-pack", title: "Obtain Client License Key Pack" },
  { step: "MIGRATE_COMPLETED", slug: "migrate-completed", title: "Completing the Manage RDS CALs Wizard" },
] as const;

const ALL_STEPS = [...WIZARD_STEPS, ...MIGRATE_STEPS];

/** The rebuild's pages (WIZARD_STEPS, which the Procedure panel maps one to one). */
type RebuildStep = (typeof WIZARD_STEPS)[number]["step"];
export type MigrateStep = (typeof MIGRATE_STEPS)[number]["step"];
/** The Manage RDS CALs wizard's pages: 13 of the Prisma enum WizardStep's values (the other wizards' are LifecycleStep and InstallStep). */
export type WizardStep = RebuildStep | MigrateStep;
/** The rebuild's slugs (the Procedure panel's map is keyed by them); the migration's are MigrateSlug. */
export type WizardSlug = (typeof WIZARD_STEPS)[number]["slug"];
export type MigrateSlug = (typeof MIGRATE_STEPS)[number]["slug"];

/** The wizard's two actions (WizardRun.action). */
type WizardAction = "REBUILD" | "MIGRATE";

/** The migration's pages in order, from Welcome; the last is shown once the run has finished. */
const MIGRATE_PATH: readonly WizardStep[] = ["WELCOME", "ACTION_SELECTION", ...MIGRATE_STEPS.map((s) => s.step)];

function isMigrateStep(step: WizardStep): step is MigrateStep {
  return step.startsWith("MIGRATE_");
}

/** The pages the progress indicator lists: the rebuild's, or Welcome, Action Selection and the migration's. */
export function wizardPath(step: WizardStep, action: string | null | undefined) {
  return isMigrateStep(step) || action === "MIGRATE" ? [WIZARD_STEPS[0], WIZARD_STEPS[1], ...MIGRATE_STEPS] : WIZARD_STEPS;
}

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

/** The page's place: in WIZARD_STEPS for the rebuild's pages, after Action Selection for the migration's. */
function stepIndex(step: WizardStep): number {
  return isMigrateStep(step) ? MIGRATE_PATH.indexOf(step) : WIZARD_STEPS.findIndex((s) => s.step === step);
}

export function stepInfo(step: WizardStep) {
  return ALL_STEPS.find((s) => s.step === step)!;
}

export function stepFromSlug(slug: string): WizardStep | null {
  return ALL_STEPS.find((s) => s.slug === slug)?.step ?? null;
}

export function slugOf(step: WizardStep): WizardSlug | MigrateSlug {
  return stepInfo(step).slug;
}

export function isPreDeletion(step: WizardStep): boolean {
  return PRE_DELETION.includes(step);
}

/** What a Next carries that decides the page after it: the action chosen, or continue / finish. */
export type StepChoice = "continue" | "finish" | WizardAction;

/** The page Next leads to. Action Selection and Reinstalling Additional RDS CALs branch on the person's choice. */
export function nextWizardStep(step: WizardStep, choice?: StepChoice): WizardStep | null {
  switch (step) {
    case "WELCOME":
      return "ACTION_SELECTION";
    case "ACTION_SELECTION":
      return choice === "MIGRATE" ? "MIGRATE_REASON" : "REASON";
    case "MIGRATE_REASON":
      return "MIGRATE_SOURCE";
    case "MIGRATE_SOURCE":
      return "MIGRATE_REMINDER";
    case "MIGRATE_REMINDER":
      return "MIGRATE_OBTAIN_KEY_PACK";
    case "MIGRATE_OBTAIN_KEY_PACK":
      return "MIGRATE_COMPLETED";
    case "MIGRATE_COMPLETED":
      return null;
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
    case "MIGRATE_REASON":
      return "ACTION_SELECTION";
    case "MIGRATE_SOURCE":
      return "MIGRATE_REASON";
    case "MIGRATE_REMINDER":
      return "MIGRATE_SOURCE";
    case "MIGRATE_OBTAIN_KEY_PACK":
      return "MIGRATE_REMINDER";
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
  // A migration run: any of its pages up to the furthest reached (its completing page is shown from the finished run).
  if (isMigrateStep(run.step)) return step !== "MIGRATE_COMPLETED" && MIGRATE_PATH.includes(step) && stepIndex(step) <= stepIndex(run.step);
  if (isMigrateStep(step)) return false;
  if (!run.deleted) return isPreDeletion(step) && isPreDeletion(run.step) && stepIndex(step) <= stepIndex(run.step);
  if (isPreDeletion(step)) return false;
  const current = resumeStep(run);
  if (current === "COMPLETED") return step === "COMPLETED";
  return step === current || step === backStep(run, current);
}

/**
 * The furthest of two steps: going back and then Next again keeps the progress already made. Steps of the
 * two actions' branches are not comparable: then `b` (the page the person is going to) wins, as choosing
 * the other action on Action Selection starts that action's pages afresh.
 */
export function furthest(a: WizardStep, b: WizardStep): WizardStep {
  const branched = (s: WizardStep) => isMigrateStep(s) || (stepIndex(s) > 1 && !isMigrateStep(s));
  if (branched(a) && branched(b) && isMigrateStep(a) !== isMigrateStep(b)) return b;
  return stepIndex(a) >= stepIndex(b) ? a : b;
}

/**
 * Where to send a Next that arrives for a page the run has already left (a double click, a second tab,
 * the browser's Back button): the page that follows it when the run may show that, else the resume page.
 */
export function landingAfterReplay(run: RunState | null, submitted: WizardStep, choice?: StepChoice): WizardStep {
  const next = nextWizardStep(submitted, choice);
  // The migration's install closes the run: a second Next there lands on its completing page.
  if (!run && next === "MIGRATE_COMPLETED") return next;
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
