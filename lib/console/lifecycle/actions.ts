"use server";
// Server actions of the Activate, Reactivate and Deactivate Server wizards, declared on the wizard engine
// (lifecycle/run.ts, lib/console/wizard-engine/actions.ts): guard the kind a client posted, then each page's
// schema and what its Next does; the engine checks the run may take a Next from the page (steps.ts), saves
// the page's answers merged into the run's (the run store) and redirects. The last Next changes the server:
// with Automatic connection after the console asked the Clearinghouse (clearinghouse-client.ts; a failure is
// shown on the page and nothing is written), with Web Browser or Telephone after the License Server ID or
// confirmation code typed passed the offline checks (activation-id.ts, confirmation-code.ts).
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
  type LifecycleAnswers,
} from "../lifecycle-schemas";
import { LIFECYCLE_KINDS, LIFECYCLE_WIZARDS, type LifecycleKind, type LifecycleRunState, type LifecycleStep } from "./steps";
import type { LifecycleContext } from "../queries";
import { consoleServerHref } from "../urls";
import { lifecycleBlocker } from "../wizard-rules";
import { wizardKindName } from "../wizard-kinds";
import { cancelRun } from "../wizard-engine/run-store";
import type { OpenRun } from "../wizard-engine/actions";
import { LIFECYCLE_RUNNERS } from "./run";
import { formState } from "@/lib/forms/form-state";

type Result = ActionResult<undefined>;
type OpenContext = OpenRun<LifecycleContext, LifecycleRunState>;

/** The kind is bound by the page, but a client can post anything in its place: check it before any use. */
function runnerOf(kind: LifecycleKind) {
  if (!LIFECYCLE_KINDS.includes(kind)) continueTo("/console");
  return LIFECYCLE_RUNNERS[kind];
}

export async function startLifecycleWizard(kind: LifecycleKind, serverId: string): Promise<Result> {
  return runnerOf(kind).start(serverId, {
    blocker: (ctx) => lifecycleBlocker(kind, ctx.server, ctx.otherWizard),
    route: (ctx) => ctx.server.connectionMethod,
    answers: (ctx) => ({ connectionMethod: ctx.server.connectionMethod }),
  });
}

/** Connection Method, the second page of each wizard: the method chosen decides the pages after it. */
function connectionMethodPage(kind: LifecycleKind) {
  const runner = LIFECYCLE_RUNNERS[kind];
  const step = LIFECYCLE_WIZARDS[kind].path("AUTOMATIC")[1]!;
  return runner.page(step, { schema: connectionMethodStepSchema, next: (ctx, answers) => runner.advance(ctx, step, { answers, route: answers.connectionMethod }) });
}
const CONNECTION_METHOD_PAGES = {
  ACTIVATE_SERVER: connectionMethodPage("ACTIVATE_SERVER"),
  REACTIVATE_SERVER: connectionMethodPage("REACTIVATE_SERVER"),
  DEACTIVATE_SERVER: connectionMethodPage("DEACTIVATE_SERVER"),
};

export async function saveLifecycleConnectionMethod(kind: LifecycleKind, serverId: string, input: unknown): Promise<Result> {
  runnerOf(kind);
  return CONNECTION_METHOD_PAGES[kind](serverId, input);
}

const activation = LIFECYCLE_RUNNERS.ACTIVATE_SERVER;
const reactivation = LIFECYCLE_RUNNERS.REACTIVATE_SERVER;
const deactivation = LIFECYCLE_RUNNERS.DEACTIVATE_SERVER;

export const saveActivationCompany = activation.page("ACTIVATE_COMPANY", {
  schema: companyInformationSchema,
  next: (ctx, answers) => activation.advance(ctx, "ACTIVATE_COMPANY", { answers }),
});

export const saveActivationOptional = activation.page("ACTIVATE_OPTIONAL", {
  schema: optionalInformationSchema,
  next: async (ctx, answers) => {
    if (ctx.state.method !== "AUTOMATIC") return activation.advance(ctx, "ACTIVATE_OPTIONAL", { answers });
    const company = companyOf({ ...ctx.run.answers, ...answers });
    if (!company) return fail({}, "Some company information is missing: go Back to Company Information.");
    const answer = await requestActivation({ productId: ctx.server.productId, ...company });
    if (!answer.ok) return fail({}, answer.message);
    return activate(ctx, "ACTIVATE_OPTIONAL", answer.licenseServerId, answers);
  },
});

export const saveReactivationReason = reactivation.page("REACTIVATE_REASON", {
  schema: reactivationReasonSchema,
  next: async (ctx, answers) => {
    if (ctx.state.method !== "AUTOMATIC") return reactivation.advance(ctx, "REACTIVATE_REASON", { answers });
    const answer = await requestReactivation({ productId: ctx.server.productId, reason: answers.reason, requestKey: ctx.run.id });
    if (!answer.ok) return fail({}, answer.message);
    return reactivate(ctx, "REACTIVATE_REASON", answer.licenseServerId, answers);
  },
});

export const saveDeactivationContact = deactivation.page("DEACTIVATE_CONTACT", {
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
function licenseServerIdPage(kind: "ACTIVATE_SERVER" | "REACTIVATE_SERVER") {
  const step = kind === "ACTIVATE_SERVER" ? "ACTIVATE_LICENSE_SERVER" : "REACTIVATE_LICENSE_SERVER";
  return LIFECYCLE_RUNNERS[kind].page(step, {
    schema: licenseServerIdEntrySchema,
    next: async (ctx, { licenseServerId }) => {
      const checked = checkBoundLicenseServerId(licenseServerId, ctx.server.productId, (await getKeyPackSecrets(ctx.db)).accepted);
      if (checked.status === "mistyped") return fail({ licenseServerId: [checked.error === "empty" ? "Enter the license server ID" : LICENSE_SERVER_ID_MESSAGES[checked.error]] });
      // Its own ID typed again (unbound if it was activated before IDs were bound): not a reactivation, say so first.
      if (kind === "REACTIVATE_SERVER" && stripSeparators(licenseServerId) === ctx.server.licenseServerId) return fail({ licenseServerId: [SAME_ID_MESSAGE] });
      if (checked.status === "not-for-this-server") return fail({ licenseServerId: [BOUND_LICENSE_SERVER_ID_MESSAGES["not-for-this-server"]] });
      if (kind === "ACTIVATE_SERVER") return activate(ctx, step, checked.value, {});
      return reactivate(ctx, step, checked.value, {});
    },
  });
}
const LICENSE_SERVER_ID_PAGES = { ACTIVATE_SERVER: licenseServerIdPage("ACTIVATE_SERVER"), REACTIVATE_SERVER: licenseServerIdPage("REACTIVATE_SERVER") };

export async function enterLicenseServerId(kind: LifecycleKind, serverId: string, input: unknown): Promise<Result> {
  if (kind !== "ACTIVATE_SERVER" && kind !== "REACTIVATE_SERVER") continueTo("/console");
  return LICENSE_SERVER_ID_PAGES[kind](serverId, input);
}

/** License Server Deactivation (Web Browser, Telephone): the confirmation code. */
export const enterConfirmationCode = deactivation.page("DEACTIVATE_CONFIRMATION", {
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
export async function finishLifecycleWizard(kind: LifecycleKind, serverId: string, input: unknown): Promise<Result> {
  const ctx = await runnerOf(kind).context(serverId);
  const parsed = finishLifecycleSchema.safeParse(input);
  if (kind === "ACTIVATE_SERVER" && parsed.success && parsed.data.startInstall && ctx.server.activated) {
    continueTo(`/console/servers/${encodeURIComponent(serverId)}/install-licenses`);
  }
  continueTo(consoleServerHref(ctx.server.name));
}

/** Cancel ends the open run: nothing was changed on the server before its last Next. */
export async function cancelLifecycleWizard(kind: LifecycleKind, serverId: string): Promise<void> {
  const ctx = await runnerOf(kind).context(serverId);
  const event = { eventId: EVENT_IDS.LIFECYCLE_WIZARD_CANCELLED, message: lifecycleCancelledMessage(wizardKindName(kind)) };
  if (ctx.run) await cancelRun(ctx.db, { serverId, runId: ctx.run.id, kind, event });
  continueTo(consoleServerHref(ctx.server.name));
}

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
  return LIFECYCLE_RUNNERS[kind].redirectToRun(ctx.server.id, from);
}

async function activate(ctx: OpenContext, from: LifecycleStep, licenseServerId: string, answers: Prisma.InputJsonObject): Promise<Result> {
  const company = companyOf({ ...ctx.run.answers, ...(answers as LifecycleAnswers) });
  if (!company) return fail({}, "Some company information is missing: go Back to Company Information.");
  const method = ctx.state.method;
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

// The forms' actions (lib/forms/form-state.ts): what each wizard page's <form> posts to.
export const startLifecycleWizardForm = formState<[kind: LifecycleKind, serverId: string], unknown>(startLifecycleWizard);
export const saveLifecycleConnectionMethodForm = formState(saveLifecycleConnectionMethod);
export const saveActivationCompanyForm = formState(saveActivationCompany);
export const saveActivationOptionalForm = formState(saveActivationOptional);
export const saveReactivationReasonForm = formState(saveReactivationReason);
export const saveDeactivationContactForm = formState(saveDeactivationContact);
export const enterLicenseServerIdForm = formState(enterLicenseServerId);
export const enterConfirmationCodeForm = formState(enterConfirmationCode);
export const finishLifecycleWizardForm = formState(finishLifecycleWizard);
