// The Install Licenses Wizard as a table of pages on the wizard engine (lib/console/wizard-engine/engine.ts):
// its pages and which of them a connection method goes through; the navigation is the engine's. Web Browser and Telephone go Welcome → Obtain
// Client License Key Pack → Completing; Automatic connection goes Welcome → License Program → License
// Information → Product Version and License Type → Completing. The install finishes the run in the same
// transaction (lib/console/install-key-pack.ts), so Completing shows the run that has just closed.
// Pages, actions and tests read this module; it knows nothing of React, Next or Prisma.
import type { ConnectionMethod } from "@/lib/licensing/catalog";
import { defineWizard, type PageRow } from "../wizard-engine/engine";

const automatic = (method: ConnectionMethod) => method === "AUTOMATIC";
const byWebOrPhone = (method: ConnectionMethod) => method !== "AUTOMATIC";

/** The pages in order; `when`: the connection methods whose path has the page (every method's when omitted). */
const INSTALL_LICENSES_STEPS = [
  { step: "INSTALL_WELCOME", slug: "welcome", title: "Welcome to the Install Licenses Wizard" },
  { step: "INSTALL_OBTAIN_KEY_PACK", slug: "obtain-key-pack", title: "Obtain Client License Key Pack", when: byWebOrPhone },
  { step: "INSTALL_LICENSE_PROGRAM", slug: "license-program", title: "License Program", when: automatic },
  { step: "INSTALL_LICENSE_INFORMATION", slug: "license-information", title: "License Information", when: automatic },
  { step: "INSTALL_PRODUCT_VERSION", slug: "product-version", title: "Product Version and License Type", when: automatic },
  { step: "INSTALL_COMPLETED", slug: "completed", title: "Completing the Install Licenses Wizard" },
] as const;

/** The INSTALL_… members of the Prisma enum WizardStep. */
export type InstallStep = (typeof INSTALL_LICENSES_STEPS)[number]["step"];

/** What the wizard needs to know of an open run; `null` stands for "no open Install Licenses run". */
export interface InstallRunState {
  /** The furthest page reached (WizardRun.step). */
  step: InstallStep;
  /** The connection method the run follows, recorded on Welcome's Next (WizardRun.answers). */
  method: ConnectionMethod;
}

type Page = PageRow<InstallStep, ConnectionMethod>;

export const INSTALL_LICENSES = defineWizard<Page, InstallStep, InstallRunState, ConnectionMethod>({
  kind: "INSTALL_LICENSES",
  pages: INSTALL_LICENSES_STEPS,
  route: (run) => run.method,
  rules: {
    // The install closes the run: a Next that finds no open run lands on Completing (which shows the last finished run).
    closedLanding: (defaults) => (submitted, choice) => defaults.closedLanding(submitted, choice, true),
  },
});
