// The Activate Server, Reactivate Server and Deactivate Server wizards as pure state machines (the Manage RDS
// CALs wizard has its own, wizard-steps.ts). Each wizard's pages depend on the connection method chosen on its
// Connection Method page: with Automatic connection the console reaches the Clearinghouse itself after the last
// information page; with Web Browser or Telephone a page takes what the person brings back (a License Server
// ID or a confirmation code). Nothing changes on the server before that last Next, so a person moves freely
// among the pages already reached. Pages, actions and tests read this module; it knows nothing of React,
// Next or Prisma.
import type { ConnectionMethod } from "@/lib/licensing/catalog";

export type LifecycleKind = "ACTIVATE_SERVER" | "REACTIVATE_SERVER" | "DEACTIVATE_SERVER";

export const LIFECYCLE_KINDS: readonly LifecycleKind[] = ["ACTIVATE_SERVER", "REACTIVATE_SERVER", "DEACTIVATE_SERVER"];

/** The pages of each wizard, in order; `manual`: shown only with Web Browser or Telephone. */
export const LIFECYCLE_STEPS = {
  ACTIVATE_SERVER: [
    { step: "ACTIVATE_WELCOME", slug: "welcome", title: "Welcome to the Activate Server Wizard" },
    { step: "ACTIVATE_CONNECTION_METHOD", slug: "connection-method", title: "Connection Method" },
    { step: "ACTIVATE_COMPANY", slug: "company-information", title: "Company Information" },
    { step: "ACTIVATE_OPTIONAL", slug: "optional-information", title: "Optional Information" },
    { step: "ACTIVATE_LICENSE_SERVER", slug: "license-server-activation", title: "License Server Activation", manual: true },
    { step: "ACTIVATE_COMPLETED", slug: "completed", title: "Completing the Activate Server Wizard" },
  ],
  REACTIVATE_SERVER: [
    { step: "REACTIVATE_WELCOME", slug: "welcome", title: "Welcome to the Reactivate Server Wizard" },
    { step: "REACTIVATE_CONNECTION_METHOD", slug: "connection-method", title: "Connection Method" },
    { step: "REACTIVATE_REASON", slug: "reason", title: "Reactivation Reason" },
    { step: "REACTIVATE_LICENSE_SERVER", slug: "license-server-activation", title: "License Server Activation", manual: true },
    { step: "REACTIVATE_COMPLETED", slug: "completed", title: "Completing the Reactivate Server Wizard" },
  ],
  DEACTIVATE_SERVER: [
    { step: "DEACTIVATE_WELCOME", slug: "welcome", title: "Welcome to the Deactivate Server Wizard" },
    { step: "DEACTIVATE_CONNECTION_METHOD", slug: "connection-method", title: "Connection Method" },
    { step: "DEACTIVATE_CONTACT", slug: "contact-information", title: "Contact Information" },
    { step: "DEACTIVATE_CONFIRMATION", slug: "confirmation-code", title: "License Server Deactivation", manual: true },
    { step: "DEACTIVATE_COMPLETED", slug: "completed", title: "Completing the Deactivate Server Wizard" },
  ],
} as const;

type StepRow<K extends LifecycleKind> = (typeof LIFECYCLE_STEPS)[K][number];
export type LifecycleStep = StepRow<LifecycleKind>["step"];
type LifecycleSlug = StepRow<LifecycleKind>["slug"];
export type LifecyclePage = "welcome" | "connection-method" | "details" | "optional" | "manual" | "completed";

/** What each page is, whichever wizard it belongs to (so one page body serves the three wizards). */
const PAGE_OF: Record<LifecycleStep, LifecyclePage> = {
  ACTIVATE_WELCOME: "welcome",
  ACTIVATE_CONNECTION_METHOD: "connection-method",
  ACTIVATE_COMPANY: "details",
  ACTIVATE_OPTIONAL: "optional",
  ACTIVATE_LICENSE_SERVER: "manual",
  ACTIVATE_COMPLETED: "completed",
  REACTIVATE_WELCOME: "welcome",
  REACTIVATE_CONNECTION_METHOD: "connection-method",
  REACTIVATE_REASON: "details",
  REACTIVATE_LICENSE_SERVER: "manual",
  REACTIVATE_COMPLETED: "completed",
  DEACTIVATE_WELCOME: "welcome",
  DEACTIVATE_CONNECTION_METHOD: "connection-method",
  DEACTIVATE_CONTACT: "details",
  DEACTIVATE_CONFIRMATION: "manual",
  DEACTIVATE_COMPLETED: "completed",
};

/** The run as these wizards see it; `null`: no open run of this kind. */
export interface LifecycleRunState {
  /** The furthest page reached (WizardRun.step). */
  step: LifecycleStep;
  /** The connection method chosen on Connection Method (the server's own until then). */
  method: ConnectionMethod;
}

function rows(kind: LifecycleKind) {
  return LIFECYCLE_STEPS[kind] as readonly { step: LifecycleStep; slug: LifecycleSlug; title: string; manual?: boolean }[];
}

export function lifecyclePage(step: LifecycleStep): LifecyclePage {
  return PAGE_OF[step];
}

/** The pages this wizard shows for `method`, in order. */
export function lifecyclePath(kind: LifecycleKind, method: ConnectionMethod): LifecycleStep[] {
  return rows(kind)
    .filter((row) => !row.manual || method !== "AUTOMATIC")
    .map((row) => row.step);
}

export function lifecycleStepInfo(kind: LifecycleKind, step: LifecycleStep) {
  const row = rows(kind).find((r) => r.step === step);
  if (!row) throw new Error(`${step} is not a page of ${kind}`);
  return row;
}

export function lifecycleStepFromSlug(kind: LifecycleKind, slug: string): LifecycleStep | null {
  return rows(kind).find((r) => r.slug === slug)?.step ?? null;
}

export function firstStep(kind: LifecycleKind): LifecycleStep {
  return rows(kind)[0]!.step;
}

export function completedStep(kind: LifecycleKind): LifecycleStep {
  return rows(kind).at(-1)!.step;
}

/** The page whose Next makes the change: the manual page, or with Automatic the last information page. */
export function finalStep(kind: LifecycleKind, method: ConnectionMethod): LifecycleStep {
  const path = lifecyclePath(kind, method);
  return path[path.length - 2]!;
}

export function nextLifecycleStep(kind: LifecycleKind, method: ConnectionMethod, step: LifecycleStep): LifecycleStep | null {
  const path = lifecyclePath(kind, method);
  const index = path.indexOf(step);
  return index >= 0 && index < path.length - 1 ? path[index + 1]! : null;
}

export function backLifecycleStep(kind: LifecycleKind, method: ConnectionMethod, step: LifecycleStep): LifecycleStep | null {
  if (step === completedStep(kind)) return null;
  const path = lifecyclePath(kind, method);
  const index = path.indexOf(step);
  return index > 0 ? path[index - 1]! : null;
}

/** The page a reopened wizard shows. */
export function resumeLifecycleStep(kind: LifecycleKind, run: LifecycleRunState | null): LifecycleStep {
  if (!run) return firstStep(kind);
  const path = lifecyclePath(kind, run.method);
  // A page the chosen method no longer has (Automatic chosen after reaching License Server Activation).
  return path.includes(run.step) && run.step !== completedStep(kind) ? run.step : finalStep(kind, run.method);
}

/** Whether an open run may show (and take a Next from) `step`: pages up to the furthest reached. */
export function canShowLifecycle(kind: LifecycleKind, run: LifecycleRunState | null, step: LifecycleStep): boolean {
  if (!run) return step === firstStep(kind);
  if (step === completedStep(kind)) return false;
  const path = lifecyclePath(kind, run.method);
  const index = path.indexOf(step);
  return index >= 0 && index <= path.indexOf(resumeLifecycleStep(kind, run));
}

/** The furthest of two pages on this method's path (going back and Next again keeps the progress). */
export function furthestLifecycleStep(kind: LifecycleKind, method: ConnectionMethod, a: LifecycleStep, b: LifecycleStep): LifecycleStep {
  const path = lifecyclePath(kind, method);
  return path.indexOf(a) >= path.indexOf(b) ? a : b;
}

/** Where a Next for a page the run has left lands (double click, second tab): what follows it, else the resume page. */
export function lifecycleLandingAfterReplay(kind: LifecycleKind, run: LifecycleRunState | null, submitted: LifecycleStep, finishedSince: boolean): LifecycleStep {
  if (!run) return finishedSince ? completedStep(kind) : firstStep(kind);
  const next = nextLifecycleStep(kind, run.method, submitted);
  return next && canShowLifecycle(kind, run, next) ? next : resumeLifecycleStep(kind, run);
}
