// The Activate Server, Reactivate Server and Deactivate Server wizards as tables of pages on the wizard engine
// (lib/console/wizard-engine/engine.ts), with no rule of their own. Each wizard's pages depend on the connection method chosen on its
// Connection Method page: with Automatic connection the console reaches the Clearinghouse itself after the last
// information page; with Web Browser or Telephone a page takes what the person brings back (a License Server
// ID or a confirmation code). As in the real Activate Server Wizard (../shared/DOMAIN.md), only Automatic
// connection asks the company information in the console: by Web Browser it is given on the web site, by
// Telephone to the agent, so Connection Method leads straight to License Server Activation. Nothing changes on the server before that last Next, so a person moves freely
// among the pages already reached. Pages, actions and tests read this module; it knows nothing of React,
// Next or Prisma.
import type { ConnectionMethod } from "@/lib/licensing/catalog";
import { defineWizard, type PageRow } from "../wizard-engine/engine";

export type LifecycleKind = "ACTIVATE_SERVER" | "REACTIVATE_SERVER" | "DEACTIVATE_SERVER";

export const LIFECYCLE_KINDS = ["ACTIVATE_SERVER", "REACTIVATE_SERVER", "DEACTIVATE_SERVER"] as const satisfies readonly LifecycleKind[];

/** A manual page (License Server Activation, License Server Deactivation) is on the path of Web Browser and Telephone only. */
const byHand = (method: ConnectionMethod) => method !== "AUTOMATIC";
/** The pages whose answers the console sends itself: Automatic connection only. */
const automatic = (method: ConnectionMethod) => method === "AUTOMATIC";

/** The pages of each wizard, in order; `page`: what the page is, whichever wizard it belongs to (one page body
 * serves the three wizards); `when: byHand`: shown only with Web Browser or Telephone; `when: automatic`: only with
 * Automatic connection. */
export const LIFECYCLE_STEPS = {
  ACTIVATE_SERVER: [
    { step: "ACTIVATE_WELCOME", slug: "welcome", page: "welcome", title: "Welcome to the Activate Server Wizard" },
    { step: "ACTIVATE_CONNECTION_METHOD", slug: "connection-method", page: "connection-method", title: "Connection Method" },
    { step: "ACTIVATE_COMPANY", slug: "company-information", page: "details", title: "Company Information", when: automatic },
    { step: "ACTIVATE_OPTIONAL", slug: "optional-information", page: "optional", title: "Optional Information", when: automatic },
    { step: "ACTIVATE_LICENSE_SERVER", slug: "license-server-activation", page: "manual", title: "License Server Activation", when: byHand },
    { step: "ACTIVATE_COMPLETED", slug: "completed", page: "completed", title: "Completing the Activate Server Wizard" },
  ],
  REACTIVATE_SERVER: [
    { step: "REACTIVATE_WELCOME", slug: "welcome", page: "welcome", title: "Welcome to the Reactivate Server Wizard" },
    { step: "REACTIVATE_CONNECTION_METHOD", slug: "connection-method", page: "connection-method", title: "Connection Method" },
    { step: "REACTIVATE_REASON", slug: "reason", page: "details", title: "Reactivation Reason" },
    { step: "REACTIVATE_LICENSE_SERVER", slug: "license-server-activation", page: "manual", title: "License Server Activation", when: byHand },
    { step: "REACTIVATE_COMPLETED", slug: "completed", page: "completed", title: "Completing the Reactivate Server Wizard" },
  ],
  DEACTIVATE_SERVER: [
    { step: "DEACTIVATE_WELCOME", slug: "welcome", page: "welcome", title: "Welcome to the Deactivate Server Wizard" },
    { step: "DEACTIVATE_CONNECTION_METHOD", slug: "connection-method", page: "connection-method", title: "Connection Method" },
    { step: "DEACTIVATE_CONTACT", slug: "contact-information", page: "details", title: "Contact Information" },
    { step: "DEACTIVATE_CONFIRMATION", slug: "confirmation-code", page: "manual", title: "License Server Deactivation", when: byHand },
    { step: "DEACTIVATE_COMPLETED", slug: "completed", page: "completed", title: "Completing the Deactivate Server Wizard" },
  ],
} as const;

type StepRow<K extends LifecycleKind> = (typeof LIFECYCLE_STEPS)[K][number];
export type LifecycleStep = StepRow<LifecycleKind>["step"];
type LifecyclePage = "welcome" | "connection-method" | "details" | "optional" | "manual" | "completed";

/** The run as these wizards see it; `null`: no open run of this kind. */
export interface LifecycleRunState {
  /** The furthest page reached (WizardRun.step). */
  step: LifecycleStep;
  /** The connection method chosen on Connection Method (the server's own until then). */
  method: ConnectionMethod;
}

type Page = PageRow<LifecycleStep, ConnectionMethod> & { page: LifecyclePage };

function define(kind: LifecycleKind) {
  return defineWizard<Page, LifecycleStep, LifecycleRunState, ConnectionMethod>({ kind, pages: LIFECYCLE_STEPS[kind], route: (run) => run.method });
}

/** The three wizards, each a table on the engine: its navigation is the engine's (path, Next, Back, resume, replays). */
export const LIFECYCLE_WIZARDS = {
  ACTIVATE_SERVER: define("ACTIVATE_SERVER"),
  REACTIVATE_SERVER: define("REACTIVATE_SERVER"),
  DEACTIVATE_SERVER: define("DEACTIVATE_SERVER"),
} as const satisfies Record<LifecycleKind, unknown>;
