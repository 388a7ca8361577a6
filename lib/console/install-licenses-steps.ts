// The Install Licenses Wizard as a pure state machine: its pages, which of them a connection method goes
// through, which pages a run may show, and what Back does. Web Browser and Telephone go Welcome → Obtain
// Client License Key Pack → Completing; Automatic connection goes Welcome → License Program → License
// Information → Product Version and License Type → Completing. The install finishes the run in the same
// transaction (lib/console/install-key-pack.ts), so Completing shows the run that has just closed.
// Pages, actions and tests read this module; it knows nothing of React, Next or Prisma.
import type { ConnectionMethod } from "@/lib/licensing/catalog";

const INSTALL_LICENSES_STEPS = [
  { step: "INSTALL_WELCOME", slug: "welcome", title: "Welcome to the Install Licenses Wizard" },
  { step: "INSTALL_OBTAIN_KEY_PACK", slug: "obtain-key-pack", title: "Obtain Client License Key Pack" },
  { step: "INSTALL_LICENSE_PROGRAM", slug: "license-program", title: "License Program" },
  { step: "INSTALL_LICENSE_INFORMATION", slug: "license-information", title: "License Information" },
  { step: "INSTALL_PRODUCT_VERSION", slug: "product-version", title: "Product Version and License Type" },
  { step: "INSTALL_COMPLETED", slug: "completed", title: "Completing the Install Licenses Wizard" },
] as const;

/** Same values as the INSTALL_… members of the Prisma enum WizardStep. */
export type InstallStep = (typeof INSTALL_LICENSES_STEPS)[number]["step"];

const BY_WEB_OR_PHONE: readonly InstallStep[] = ["INSTALL_WELCOME", "INSTALL_OBTAIN_KEY_PACK", "INSTALL_COMPLETED"];
const AUTOMATIC: readonly InstallStep[] = ["INSTALL_WELCOME", "INSTALL_LICENSE_PROGRAM", "INSTALL_LICENSE_INFORMATION", "INSTALL_PRODUCT_VERSION", "INSTALL_COMPLETED"];

/** The pages a connection method goes through, in order. */
export function installPath(method: ConnectionMethod): readonly InstallStep[] {
  return method === "AUTOMATIC" ? AUTOMATIC : BY_WEB_OR_PHONE;
}

/** What the wizard needs to know of an open run; `null` stands for "no open Install Licenses run". */
export interface InstallRunState {
  /** The furthest page reached (WizardRun.step). */
  step: InstallStep;
  /** The connection method the run follows, recorded on Welcome's Next (WizardRun.answers). */
  method: ConnectionMethod;
}

export function installStepInfo(step: InstallStep) {
  return INSTALL_LICENSES_STEPS.find((s) => s.step === step)!;
}

export function installStepFromSlug(slug: string): InstallStep | null {
  return INSTALL_LICENSES_STEPS.find((s) => s.slug === slug)?.step ?? null;
}

export function isInstallStep(step: string): step is InstallStep {
  return INSTALL_LICENSES_STEPS.some((s) => s.step === step);
}

/** The page Next leads to on `method`'s path. */
export function nextInstallStep(method: ConnectionMethod, step: InstallStep): InstallStep | null {
  const path = installPath(method);
  const index = path.indexOf(step);
  return index >= 0 && index < path.length - 1 ? path[index + 1]! : null;
}

/** Where Back goes: the page before on the path; none from Welcome or Completing. */
export function backInstallStep(method: ConnectionMethod, step: InstallStep): InstallStep | null {
  if (step === "INSTALL_COMPLETED") return null;
  const path = installPath(method);
  const index = path.indexOf(step);
  return index > 0 ? path[index - 1]! : null;
}

/** The page a reopened wizard shows. */
export function resumeInstallStep(run: InstallRunState | null): InstallStep {
  return run ? run.step : "INSTALL_WELCOME";
}

/**
 * Whether an open run may show (and take a Next from) `step`: a page of its method's path no further than
 * the run has reached. Completing is shown only once the run has closed (the page reads the finished run).
 */
export function canShowInstall(run: InstallRunState | null, step: InstallStep): boolean {
  if (!run) return step === "INSTALL_WELCOME";
  if (step === "INSTALL_COMPLETED") return false;
  const path = installPath(run.method);
  const index = path.indexOf(step);
  return index >= 0 && index <= path.indexOf(run.step);
}

/** The furthest of two pages on `method`'s path: Back then Next keeps the progress already made. */
export function furthestInstall(method: ConnectionMethod, a: InstallStep, b: InstallStep): InstallStep {
  const path = installPath(method);
  return path.indexOf(a) >= path.indexOf(b) ? a : b;
}

/** Where a Next for a page the run has left lands: the page after it when the run may show it, else where the run is. */
export function installLandingAfterReplay(run: InstallRunState | null, submitted: InstallStep): InstallStep | "finished" {
  if (!run) return "finished";
  const next = nextInstallStep(run.method, submitted);
  return next && canShowInstall(run, next) ? next : resumeInstallStep(run);
}
