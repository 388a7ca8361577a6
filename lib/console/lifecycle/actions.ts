"use server";
// Server actions of the Activate, Reactivate and Deactivate Server wizards, declared on the wizard engine
// (lifecycle/run.ts, lib/console/wizard-engine/actions.ts): guard the kind a client posted, then each page's
// schema and what its Next does; the engine checks the run may take a Next from the page (steps.ts), saves
// the page's answers merged into the run's (the run store) and redirects. The last Next changes the server:
// with Automatic connection after the console asked the Clearinghouse (clearinghouse-client.ts; a failure is
// shown on the page and nothing is written), with Web Browser or Telephone after the License Server ID or
// confirmation code typed passed the offline checks (activation-id.ts, confirmation-code.ts). Only Automatic
// connection asks (and so writes) the company information: by Web Browser or Telephone it goes to the
// Clearinghouse on the web site or by phone, and the server's Properties keep what they hold (steps.ts).
import { continueTo } from "@/lib/forms/continue-to";
import type { Prisma } from "@/generated/prisma/client";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { fail, type ActionResult } from "@/lib/forms/action-result";
import { BOUND_LICENSE_SERVER_ID_MESSAGES, checkBoundLicenseServerId } from "@/lib/licensing/activation-id";
import { checkConfirmationCode, CONFIRMATION_CODE_MESSAGES } from "@/lib/licensing/confirmation-code";
import { LICENSE_SERVER_ID_MESSAGES } from "@/lib/licensing/license-server-id";
import { stripSeparators } from "@/lib/licensing/groups";
import { requestActivation, requestDeactivation, requestReactivation } from "../clearinghouse-client";
import { EVENT_IDS, lifecycleCancelledMessage, serverActivatedMessage, serverDeactivatedMessage, serverReactivatedMessage } from "../events";
import { completeLifecycle, type CompleteOutcome } from "./mutations";
import {
  companyInformationSchema,
  confirmationCodeEntrySchema,
  connectionMethodStepSchema,
  deactivationContactSchema,
  finishLifecycleSchema,
  licenseServerIdEntrySchema,
  optionalInformationSchema,
  reactivationReasonSchema,
} from "../lifecycle-schemas";
import type { LifecycleAnswers } from "../lifecycle-answers";
import { LIFECYCLE_KINDS, LIFECYCLE_WIZARDS, type LifecycleKind, type LifecycleRunState, type LifecycleStep } from "./steps";
import type { LifecycleContext } from "../queries";
import { consoleServerHref } from "../urls";
import { lifecycleBlocker } from "../wizard-rules";
import { wizardKindName } from "../wizard-kinds";
import { cancelRun } from "../wizard-engine/run-store";
import { wizardServer, type OpenRun } from "../wizard-engine/actions";
import { LIFECYCLE_RUNNERS } from "./run";
import { formAction, plainAction } from "@/lib/actions/client";
import { z } from "zod";

type Result = ActionResult<undefined>;
type OpenContext = OpenRun<LifecycleContext, LifecycleRunState>;

/** The kind is bound by the page (after the server), but a client can post anything in its place. */
const kindArgument = z.enum(LIFECYCLE_KINDS);
const toConsole = async () => continueTo("/console");
const byKind = { guard: wizardServer, bound: [kindArgument], badBound: toConsole } as const;

export const startLifecycleWizardForm = formAction({ name: "startLifecycleWizard", ...byKind }, ({ ctx: { server }, bound: [kind] }) =>
  LIFECYCLE_RUNNERS[kind].start(server, {
    blocker: (ctx) => lifecycleBlocker(kind, ctx.server, ctx.otherWizard),
    route: (ctx) => ctx.server.connectionMethod,
    answers: (ctx) => ({ connectionMethod: ctx.server.connectionMethod }),
  }),
);

/** Connection Method, the second page of each wizard: the method chosen decides the pages after it. */
export const saveLifecycleConnectionMethodForm = formAction(
  { name: "saveLifecycleConnectionMethod", ...byKind, schema: connectionMethodStepSchema },
  async ({ ctx: { server }, bound: [kind], input }) => {
    const runner = LIFECYCLE_RUNNERS[kind];
    const step = LIFECYCLE_WIZARDS[kind].path("AUTOMATIC")[1]!;
    return runner.advance(await runner.runAt(server, step), step, { answers: input, route: input.connectionMethod });
  },
);

const activation = LIFECYCLE_RUNNERS.ACTIVATE_SERVER;
const reactivation = LIFECYCLE_RUNNERS.REACTIVATE_SERVER;
const deactivation = LIFECYCLE_RUNNERS.DEACTIVATE_SERVER;

export const saveActivationCompanyForm = activation.form("saveActivationCompany", "ACTIVATE_COMPANY", {
  schema: companyInformationSchema,
  next: (ctx, answers) => activation.advance(ctx, "ACTIVATE_COMPANY", { answers }),
});

export const saveActivationOptionalForm = activation.form("saveActivationOptional", "ACTIVATE_OPTIONAL", {
  schema: optionalInformationSchema,
  // Only on Automatic connection's path (steps.ts): its Next is the request to the Clearinghouse.
  next: async (ctx, answers) => {
    const company = companyOf({ ...ctx.run.answers, ...answers });
    if (!company) return fail({}, "Some company information is missing: go Back to Company Information.");
    const answer = await requestActivation({ productId: ctx.server.productId, ...company });
    if (!answer.ok) return fail({}, answer.message);
    return activate(ctx, "ACTIVATE_OPTIONAL", answer.licenseServerId, answers);
  },
});

export const saveReactivationReasonForm = reactivation.form("saveReactivationReason", "REACTIVATE_REASON", {
  schema: reactivationReasonSchema,
  next: async (ctx, answers) => {
    if (ctx.state.method !== "AUTOMATIC") return reactivation.advance(ctx, "REACTIVATE_REASON", { answers });
    const answer = await requestReactivation({ productId: ctx.server.productId, reason: answers.reason, requestKey: ctx.run.id });
    if (!answer.ok) return fail({}, answer.message);
    return reactivate(ctx, "REACTIVATE_REASON", answer.licenseServerId, answers);
  },
});

export const saveDeactivationContactForm = deactivation.form("saveDeactivationContact", "DEACTIVATE_CONTACT", {
  schema: deactivationContactSchema,
  next: async (ctx, answers) => {
    if (ctx.state.method !== "AUTOMATIC") return deactivation.advance(ctx, "DEACTIVATE_CONTACT", { answers });
    if (!ctx.server.licenseServerId) return fail({}, "This license server has no License Server ID to deactivate.");
    const answer = await requestDeactivation({ productId: ctx.server.productId, licenseServerId: ctx.server.licenseServerId, ...answers });
    if (!answer.ok) return fail({}, answer.message);
    return deactivate(ctx, "DEACTIVATE_CONTACT", answers);
  },
});

/** License Server Activation (Web Browser, Telephone) of the Activate and Reactivate Server wizards. */
export const enterLicenseServerIdForm = formAction(
  {
    name: "enterLicenseServerId",
    guard: wizardServer,
    bound: [z.enum(["ACTIVATE_SERVER", "REACTIVATE_SERVER"])],
    badBound: toConsole,
    schema: licenseServerIdEntrySchema,
  },
  async ({ ctx: { server }, bound: [kind], input: { licenseServerId } }) => {
    const step = kind === "ACTIVATE_SERVER" ? "ACTIVATE_LICENSE_SERVER" : "REACTIVATE_LICENSE_SERVER";
    const ctx = await LIFECYCLE_RUNNERS[kind].runAt(server, step);
    const checked = checkBoundLicenseServerId(licenseServerId, ctx.server.productId, (await getKeyPackSecrets(ctx.db)).accepted);
    if (checked.status === "mistyped") return fail({ licenseServerId: [checked.error === "empty" ? "Enter the license server ID" : LICENSE_SERVER_ID_MESSAGES[checked.error]] });
    // Its own ID typed again (unbound if it was activated before IDs were bound): not a reactivation, say so first.
    if (kind === "REACTIVATE_SERVER" && stripSeparators(licenseServerId) === ctx.server.licenseServerId) return fail({ licenseServerId: [SAME_ID_MESSAGE] });
    if (checked.status === "not-for-this-server") return fail({ licenseServerId: [BOUND_LICENSE_SERVER_ID_MESSAGES["not-for-this-server"]] });
    if (kind === "ACTIVATE_SERVER") return activate(ctx, step, checked.value, {});
    return reactivate(ctx, step, checked.value, {});
  },
);

/** License Server Deactivation (Web Browser, Telephone): the confirmation code. */
export const enterConfirmationCodeForm = deactivation.form("enterConfirmationCode", "DEACTIVATE_CONFIRMATION", {
  schema: confirmationCodeEntrySchema,
  next: async (ctx, { confirmationCode }) => {
    if (!ctx.server.licenseServerId) return fail({}, "This license server has no License Server ID to deactivate.");
    const checked = checkConfirmationCode(confirmationCode, ctx.server.productId, ctx.server.licenseServerId, (await getKeyPackSecrets(ctx.db)).accepted);
    if (checked.status === "mistyped") return fail({ confirmationCode: [CONFIRMATION_CODE_MESSAGES[checked.error]] });
    if (checked.status === "not-for-this-server") return fail({ confirmationCode: [CONFIRMATION_CODE_MESSAGES["not-for-this-server"]] });
    return deactivate(ctx, "DEACTIVATE_CONFIRMATION", {});
  },
});

/** The completing page's Finish: on to Install Licenses when its check box is ticked. */
// Its check box read here, not as the input's schema: anything else posted just finishes.
export const finishLifecycleWizardForm = formAction({ name: "finishLifecycleWizard", ...byKind }, async ({ ctx: { server }, bound: [kind], raw }): Promise<Result> => {
  const ctx = await LIFECYCLE_RUNNERS[kind].context(server);
  const parsed = finishLifecycleSchema.safeParse(raw);
  if (kind === "ACTIVATE_SERVER" && parsed.success && parsed.data.startInstall && ctx.server.activated) {
    continueTo(`/console/servers/${encodeURIComponent(server.id)}/install-licenses`);
  }
  continueTo(consoleServerHref(ctx.server.name));
});

/** Cancel ends the open run: nothing was changed on the server before its last Next. */
export const cancelLifecycleWizard = plainAction({ name: "cancelLifecycleWizard", ...byKind, refusal: () => undefined }, async ({ ctx: { server }, bound: [kind] }): Promise<void> => {
  const ctx = await LIFECYCLE_RUNNERS[kind].context(server);
  const event = { eventId: EVENT_IDS.LIFECYCLE_WIZARD_CANCELLED, message: lifecycleCancelledMessage(wizardKindName(kind)) };
  if (ctx.run) await cancelRun(ctx.db, { serverId: server.id, runId: ctx.run.id, kind, event });
  continueTo(consoleServerHref(ctx.server.name));
});

const SAME_ID_MESSAGE =
  "This is the License Server ID the server has now. Reactivation gives a new one: enter the license server ID the Web site or the agent gave you for the reactivation.";

function companyOf(answers: LifecycleAnswers) {
  const { firstName, lastName, company, countryRegion } = answers;
  if (!firstName || !lastName || !company || !countryRegion) return null;
  const { email = null, organizationalUnit = null, companyAddress = null, city = null, state = null, postalCode = null } = answers;
  return { firstName, lastName, company, countryRegion, email, organizationalUnit, companyAddress, city, state, postalCode };
}

async function finish(ctx: OpenContext, kind: LifecycleKind, outcome: CompleteOutcome, from: LifecycleStep): Promise<Result> {
  if (outcome === "server-changed") return fail({}, "The license server changed while this wizard was open (another window activated or deactivated it). Cancel the wizard and look at the server again.");
  if (outcome === "license-server-id-taken") return fail({ licenseServerId: ["Another license server of this console already has this License Server ID."] });
  return LIFECYCLE_RUNNERS[kind].redirectToRun(ctx.server, from);
}

async function activate(ctx: OpenContext, from: LifecycleStep, licenseServerId: string, answers: Prisma.InputJsonObject): Promise<Result> {
  const method = ctx.state.method;
  // Automatic: what Company Information and Optional Information sent. By hand the console asked none (answers
  // left from an Automatic attempt were not sent either), so the server's Properties stay as they are.
  const company = method === "AUTOMATIC" ? companyOf({ ...ctx.run.answers, ...(answers as LifecycleAnswers) }) : {};
  if (!company) return fail({}, "Some company information is missing: go Back to Company Information.");
  const outcome = await completeLifecycle(ctx.db, {
    serverId: ctx.server.id,
    runId: ctx.run.id,
    kind: "ACTIVATE_SERVER",
    fromStep: from,
    answers,
    serverWhere: { activated: false },
    serverData: { activated: true, activatedAt: new Date(), licenseServerId, connectionMethod: method, ...company },
    eventId: EVENT_IDS.SERVER_ACTIVATED,
    message: serverActivatedMessage(method),
  });
  return finish(ctx, "ACTIVATE_SERVER", outcome, from);
}

async function reactivate(ctx: OpenContext, from: LifecycleStep, licenseServerId: string, answers: Prisma.InputJsonObject): Promise<Result> {
  const method = ctx.state.method;
  const reason = (answers as LifecycleAnswers).reason ?? ctx.run.answers.reason ?? "not given";
  const outcome = await completeLifecycle(ctx.db, {
    serverId: ctx.server.id,
    runId: ctx.run.id,
    kind: "REACTIVATE_SERVER",
    fromStep: from,
    answers,
    serverWhere: { activated: true, licenseServerId: ctx.server.licenseServerId },
    serverData: { licenseServerId, connectionMethod: method },
    eventId: EVENT_IDS.SERVER_REACTIVATED,
    message: serverReactivatedMessage(method, reason),
  });
  return finish(ctx, "REACTIVATE_SERVER", outcome, from);
}

async function deactivate(ctx: OpenContext, from: LifecycleStep, answers: Prisma.InputJsonObject): Promise<Result> {
  const method = ctx.state.method;
  const outcome = await completeLifecycle(ctx.db, {
    serverId: ctx.server.id,
    runId: ctx.run.id,
    kind: "DEACTIVATE_SERVER",
    fromStep: from,
    answers,
    serverWhere: { activated: true, licenseServerId: ctx.server.licenseServerId },
    serverData: { activated: false, activatedAt: null, licenseServerId: null, connectionMethod: method },
    eventId: EVENT_IDS.SERVER_DEACTIVATED,
    message: serverDeactivatedMessage(method),
  });
  return finish(ctx, "DEACTIVATE_SERVER", outcome, from);
}
