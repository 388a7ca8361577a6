// The Manage RDS CALs wizard (rebuild) as a table of pages on the wizard engine (lib/console/wizard-engine/engine.ts)
// and its own rules. The deletion of the installed RDS CALs is the point of no return: once a run has deleted
// them, no page before it can be shown again. Pages, actions and tests all read this module; it knows nothing
// of React, Next or Prisma.
// The wizard's second action, Migrate RDS CALs from another license server to this license server, branches
// off Action Selection into its own pages (MIGRATE_STEPS): nothing is deleted before its one install, which
// also finishes the run, so its pages follow the engine's defaults (free to go back and forth among those
// reached until then).
// The third action, Convert RDS CALs (CONVERT_STEPS, docs/decisions/032-one-wizard-engine.md's worked example),
// branches off Action Selection the same way: a key pack and a count, the converted pack's ID, the completing
// page; its one install (which lowers the source pack) closes the run, as the migration's does.
import { defineWizard, type PageRow } from "../wizard-engine/engine";

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

/** Convert RDS CALs: a key pack's unissued RDS CALs become the other type (Per User <-> Per Device). */
export const CONVERT_STEPS = [
  { step: "CONVERT_KEY_PACK", slug: "convert-key-pack", title: "Select the Key Pack to Convert" },
  { step: "CONVERT_OBTAIN_KEY_PACK", slug: "convert-obtain-key-pack", title: "Obtain Client License Key Pack" },
  { step: "CONVERT_COMPLETED", slug: "convert-completed", title: "Completing the Manage RDS CALs Wizard" },
] as const;

/** The rebuild's pages (WIZARD_STEPS, which the Procedure panel maps one to one). */
type RebuildStep = (typeof WIZARD_STEPS)[number]["step"];
export type MigrateStep = (typeof MIGRATE_STEPS)[number]["step"];
type ConvertStep = (typeof CONVERT_STEPS)[number]["step"];
/** The Manage RDS CALs members of the Prisma enum WizardStep (the other wizards' are theirs: lifecycle/, install-licenses/). */
export type WizardStep = RebuildStep | MigrateStep | ConvertStep;
/** The rebuild's slugs (the Procedure panel's map is keyed by them); the migration's are MigrateSlug. */
export type WizardSlug = (typeof WIZARD_STEPS)[number]["slug"];
export type MigrateSlug = (typeof MIGRATE_STEPS)[number]["slug"];
type ConvertSlug = (typeof CONVERT_STEPS)[number]["slug"];

/** The wizard's three actions (WizardRun.action). */
export type WizardAction = "REBUILD" | "MIGRATE" | "CONVERT";

function isMigrateStep(step: WizardStep): step is MigrateStep {
  return step.startsWith("MIGRATE_");
}

function isConvertStep(step: WizardStep): step is ConvertStep {
  return step.startsWith("CONVERT_");
}

/** A page of the migration or of the conversion: nothing is deleted on them, and their install closes the run. */
function isBranchStep(step: WizardStep): boolean {
  return isMigrateStep(step) || isConvertStep(step);
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

export function isPreDeletion(step: WizardStep): boolean {
  return PRE_DELETION.includes(step);
}

/** What a Next carries that decides the page after it: the action chosen, or continue / finish. */
export type StepChoice = "continue" | "finish" | WizardAction;

const rebuild = (action: WizardAction) => action === "REBUILD";
const migrate = (action: WizardAction) => action === "MIGRATE";
const convert = (action: WizardAction) => action === "CONVERT";
/** The route a page belongs to: a migration page, a conversion page, or (Welcome and Action Selection included) the rebuild. */
const routeOfStep = (step: WizardStep): WizardAction => (isMigrateStep(step) ? "MIGRATE" : isConvertStep(step) ? "CONVERT" : "REBUILD");

type Page = PageRow<WizardStep, WizardAction, StepChoice>;

/**
 * The table: Welcome and Action Selection on every route, then the migration's, the conversion's or the rebuild's pages.
 * Action Selection branches on the action chosen; Reinstalling Additional RDS CALs loops back to Obtain
 * Client License Key Pack when the person continues.
 */
const PAGES: readonly Page[] = [
  WIZARD_STEPS[0],
  {
    ...WIZARD_STEPS[1],
    next: (choice: StepChoice | undefined) => (choice === "MIGRATE" ? "MIGRATE_REASON" : choice === "CONVERT" ? "CONVERT_KEY_PACK" : "REASON"),
  },
  ...MIGRATE_STEPS.map((s): Page => ({ ...s, when: migrate })),
  ...CONVERT_STEPS.map((s): Page => ({ ...s, when: convert })),
  ...WIZARD_STEPS.slice(2).map((s): Page => ({ ...s, when: rebuild })),
].map((s): Page => (s.step === "REINSTALL_ADDITIONAL" ? { ...s, next: (choice) => (choice === "continue" ? "OBTAIN_KEY_PACK" : "COMPLETED") } : s));

export const MANAGE_CALS = defineWizard<Page, WizardStep, RunState, WizardAction, StepChoice>({
  kind: "MANAGE_CALS",
  pages: PAGES,
  route: (run) => routeOfStep(run.step),
  rules: {
    // After the deletion, never earlier than Obtain Client License Key Pack.
    resume: (defaults) => (run) => {
      if (run && run.deleted && (run.step === "REINSTALLING" || isPreDeletion(run.step))) return "OBTAIN_KEY_PACK";
      return run ? run.step : defaults.resume(run);
    },
    // The deletion or an install behind: no going back, except from Obtain Client License Key Pack.
    back: (defaults) => (run, step) => {
      if (step === "OBTAIN_KEY_PACK") {
        // Having chosen to continue, a person may go back and choose to finish instead.
        return run && run.installedInRun > 0 ? "REINSTALL_ADDITIONAL" : "REINSTALLING";
      }
      if (!isPreDeletion(step) && !isBranchStep(step)) return null;
      // Before the deletion (and on the migration's and the conversion's pages) the page before on the page's own route.
      return defaults.back({ step, deleted: false, installedInRun: 0 }, step);
    },
    canShow: (defaults, self) => (run, step) => {
      if (!run) return step === "WELCOME";
      // A migration or conversion run: any of its pages up to the furthest reached (its completing page is shown from the finished run).
      if (isBranchStep(run.step)) return defaults.canShow(run, step);
      if (isBranchStep(step)) return false;
      if (!run.deleted) return isPreDeletion(step) && isPreDeletion(run.step) && stepIndex(step) <= stepIndex(run.step);
      if (isPreDeletion(step)) return false;
      const current = self.resume(run);
      if (current === "COMPLETED") return step === "COMPLETED";
      return step === current || step === self.back(run, current);
    },
    // Pages of two routes are not comparable: then `b` (the page the person is going to) wins, as
    // choosing the other action on Action Selection starts that action's pages afresh.
    furthest: () => (_route, a, b) => {
      const branched = (s: WizardStep) => stepIndex(s) > 1;
      if (branched(a) && branched(b) && routeOfStep(a) !== routeOfStep(b)) return b;
      return stepIndex(a) >= stepIndex(b) ? a : b;
    },
    // The migration's and the conversion's installs close the run: a second Next there lands on its completing page.
    closedLanding: () => (submitted) => (submitted === "MIGRATE_OBTAIN_KEY_PACK" ? "MIGRATE_COMPLETED" : submitted === "CONVERT_OBTAIN_KEY_PACK" ? "CONVERT_COMPLETED" : "WELCOME"),
  },
});

/** The pages the progress indicator lists: the rebuild's, or Welcome, Action Selection and the migration's or the conversion's. */
export function wizardPath(step: WizardStep, action: string | null | undefined) {
  if (isMigrateStep(step) || action === "MIGRATE") return [WIZARD_STEPS[0], WIZARD_STEPS[1], ...MIGRATE_STEPS];
  if (isConvertStep(step) || action === "CONVERT") return [WIZARD_STEPS[0], WIZARD_STEPS[1], ...CONVERT_STEPS];
  return WIZARD_STEPS;
}

/** The page's place on its route's path (Welcome and Action Selection are 0 and 1 on both). */
function stepIndex(step: WizardStep): number {
  return MANAGE_CALS.path(routeOfStep(step)).indexOf(step);
}

export const stepInfo = (step: WizardStep) => MANAGE_CALS.info(step);
export const stepFromSlug = (slug: string) => MANAGE_CALS.fromSlug(slug);
export const slugOf = (step: WizardStep) => MANAGE_CALS.info(step).slug as WizardSlug | MigrateSlug | ConvertSlug;
/** The page Next leads to; Action Selection and Reinstalling Additional RDS CALs branch on the person's choice. */
export const nextWizardStep = (step: WizardStep, choice?: StepChoice) => MANAGE_CALS.next(routeOfStep(step), step, choice);
export const { resume: resumeStep, back: backStep, canShow } = MANAGE_CALS;
export const furthest = (a: WizardStep, b: WizardStep) => MANAGE_CALS.furthest(routeOfStep(b), a, b);
export const landingAfterReplay = (run: RunState | null, submitted: WizardStep, choice?: StepChoice) => MANAGE_CALS.landing(run, submitted, choice);

/** Cancel before the deletion ends the run; after it the run stays open so the rebuild can be resumed. */
export function cancelEffect(run: RunState | null): "nothing" | "cancel-run" | "leave-open" {
  if (!run) return "nothing";
  return run.deleted ? "leave-open" : "cancel-run";
}

/** Finishing needs the deletion behind and at least one key pack reinstalled. */
export function canFinish(run: RunState | null): boolean {
  return !!run && run.deleted && run.installedInRun > 0 && (run.step === "REINSTALL_ADDITIONAL" || run.step === "OBTAIN_KEY_PACK");
}
