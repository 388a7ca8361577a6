"use server";
// Server actions of the Activate, Reactivate and Deactivate Server wizards: guard (the kind and server id a
// client posted), parse with the page's schema, check the run may take a Next from this page
// (lifecycle-steps.ts), write through lifecycle-mutations.ts, redirect. The last Next changes the server:
// with Automatic connection after the console asked the Clearinghouse (clearinghouse-client.ts; a failure is
// shown on the page and nothing is written), with Web Browser or Telephone after the License Server ID or
// confirmation code typed passed the offline checks (activation-id.ts, confirmation-code.ts).
import { continueTo } from "@/lib/forms/continue-to";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { BOUND_LICENSE_SERVER_ID_MESSAGES, checkBoundLicenseServerId } from "@/lib/licensing/activation-id";
import { checkConfirmationCode, CONFIRMATION_CODE_MESSAGES } from "@/lib/licensing/confirmation-code";
import { LICENSE_SERVER_ID_MESSAGES } from "@/lib/licensing/license-server-id";
import { stripSeparators } from "@/lib/licensing/groups";
import { requestActivation, requestDeactivation, requestReactivation } from "./clearinghouse-client";
import { EVENT_IDS, serverActivatedMessage, serverDeactivatedMessage, serverReactivatedMessage } from "./events";
import { cancelLifecycleRun, completeLifecycle, openLifecycleRun, saveLifecycleAnswers, type CompleteOutcome } from "./lifecycle-mutations";
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
} from "./lifecycle-schemas";
import {
  canShowLifecycle,
  firstStep,
  furthestLifecycleStep,
  lifecycleLandingAfterReplay,
  lifecyclePath,
  LIFECYCLE_KINDS,
  nextLifecycleStep,
  type LifecycleKind,
  type LifecycleStep,
} from "./lifecycle-steps";
import { getLastFinishedLifecycleRun, getLifecycleContext, type LifecycleContext } from "./queries";
import { consoleServerHref, lifecycleHref } from "./urls";
import { lifecycleBlocker } from "./wizard-rules";
import { formState } from "@/lib/forms/form-state";

type Result = ActionResult<undefined>;

/** The kind is bound by the page, but a client can post anything in its place: check it before any use. */
function requireKind(kind: LifecycleKind) {
  if (!LIFECYCLE_KINDS.includes(kind)) continueTo("/console");
}

async function context(kind: LifecycleKind, serverId: string) {
  requireKind(kind);
  // The server id too is bound by the page.
  if (!isQueryableText(serverId)) continueTo("/console");
  const ctx = await getLifecycleContext(serverId, kind);
  if (!ctx) continueTo("/console");
  return { ...ctx, db: await getDb() };
}

type OpenContext = LifecycleContext & { run: NonNullable<LifecycleContext["run"]>; state: NonNullable<LifecycleContext["state"]>; db: Database };
type Database = Awaited<ReturnType<typeof getDb>>;

/** The open run, if it may take a Next from `step`; otherwise the request goes on to where the run is. */
async function runAt(kind: LifecycleKind, serverId: string, step: LifecycleStep): Promise<OpenContext> {
  const ctx = await context(kind, serverId);
  if (!ctx.run || !ctx.state || !canShowLifecycle(kind, ctx.state, step)) return redirectToRun(kind, serverId, step);
  return ctx as OpenContext;
}

async function redirectToRun(kind: LifecycleKind, serverId: string, submitted: LifecycleStep): Promise<never> {
  const { state } = await context(kind, serverId);
  const finished = state ? false : !!(await getLastFinishedLifecycleRun(serverId, kind));
  continueTo(lifecycleHref(serverId, kind, lifecycleLandingAfterReplay(kind, state, submitted, finished)));
}

async function goTo(ctx: OpenContext, kind: LifecycleKind, from: LifecycleStep, answers: Prisma.InputJsonObject, method = ctx.state.method): Promise<never> {
  const next = nextLifecycleStep(kind, method, from)!;
  const step = method === ctx.state.method ? furthestLifecycleStep(kind, method, ctx.state.step, next) : next;
  if (!(await saveLifecycleAnswers(ctx.db, ctx.run.id, kind, step, answers))) return redirectToRun(kind, ctx.server.id, from);
  continueTo(lifecycleHref(ctx.server.id, kind, next));
}

export async function startLifecycleWizard(kind: LifecycleKind, serverId: string): Promise<Result> {
  const ctx = await context(kind, serverId);
  const blocker = lifecycleBlocker(kind, ctx.server, ctx.otherWizard);
  if (blocker) return fail({}, blocker.message);
  const second = lifecyclePath(kind, ctx.server.connectionMethod)[1]!;
  if (!ctx.run && !(await openLifecycleRun(ctx.db, serverId, kind, second, { connectionMethod: ctx.server.connectionMethod }))) {
    return redirectToRun(kind, serverId, firstStep(kind));
  }
  continueTo(lifecycleHref(serverId, kind, second));
}

export async function saveLifecycleConnectionMethod(kind: LifecycleKind, serverId: string, input: unknown): Promise<Result> {
  const parsed = connectionMethodStepSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  requireKind(kind);
  const step = lifecyclePath(kind, "AUTOMATIC")[1]!;
  const ctx = await runAt(kind, serverId, step);
  return goTo(ctx, kind, step, parsed.data, parsed.data.connectionMethod);
}

export async function saveActivationCompany(serverId: string, input: unknown): Promise<Result> {
  const parsed = companyInformationSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const ctx = await runAt("ACTIVATE_SERVER", serverId, "ACTIVATE_COMPANY");
  return goTo(ctx, "ACTIVATE_SERVER", "ACTIVATE_COMPANY", parsed.data);
}

export async function saveActivationOptional(serverId: string, input: unknown): Promise<Result> {
  const parsed = optionalInformationSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const ctx = await runAt("ACTIVATE_SERVER", serverId, "ACTIVATE_OPTIONAL");
  if (ctx.state.method !== "AUTOMATIC") return goTo(ctx, "ACTIVATE_SERVER", "ACTIVATE_OPTIONAL", parsed.data);
  const answers = { ...ctx.run.answers, ...parsed.data };
  const company = companyOf(answers);
  if (!company) return fail({}, "Some company information is missing: go Back to Company Information.");
  const answer = await requestActivation({ productId: ctx.server.productId, ...company });
  if (!answer.ok) return fail({}, answer.message);
  return activate(ctx, "ACTIVATE_OPTIONAL", answer.licenseServerId, parsed.data);
}

export async function saveReactivationReason(serverId: string, input: unknown): Promise<Result> {
  const parsed = reactivationReasonSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const ctx = await runAt("REACTIVATE_SERVER", serverId, "REACTIVATE_REASON");
  if (ctx.state.method !== "AUTOMATIC") return goTo(ctx, "REACTIVATE_SERVER", "REACTIVATE_REASON", parsed.data);
  const answer = await requestReactivation({ productId: ctx.server.productId, reason: parsed.data.reason, requestKey: ctx.run.id });
  if (!answer.ok) return fail({}, answer.message);
  return reactivate(ctx, "REACTIVATE_REASON", answer.licenseServerId, parsed.data);
}

export async function saveDeactivationContact(serverId: string, input: unknown): Promise<Result> {
  const parsed = deactivationContactSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const ctx = await runAt("DEACTIVATE_SERVER", serverId, "DEACTIVATE_CONTACT");
  if (ctx.state.method !== "AUTOMATIC") return goTo(ctx, "DEACTIVATE_SERVER", "DEACTIVATE_CONTACT", parsed.data);
  if (!ctx.server.licenseServerId) return fail({}, "This license server has no License Server ID to deactivate.");
  const answer = await requestDeactivation({ productId: ctx.server.productId, licenseServerId: ctx.server.licenseServerId, ...parsed.data });
  if (!answer.ok) return fail({}, answer.message);
  return deactivate(ctx, "DEACTIVATE_CONTACT", parsed.data);
}

/** License Server Activation (Web Browser, Telephone) of the Activate and Reactivate Server wizards. */
export async function enterLicenseServerId(kind: LifecycleKind, serverId: string, input: unknown): Promise<Result> {
  if (kind !== "ACTIVATE_SERVER" && kind !== "REACTIVATE_SERVER") continueTo("/console");
  const parsed = licenseServerIdEntrySchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const step = kind === "ACTIVATE_SERVER" ? "ACTIVATE_LICENSE_SERVER" : "REACTIVATE_LICENSE_SERVER";
  const ctx = await runAt(kind, serverId, step);
  const checked = checkBoundLicenseServerId(parsed.data.licenseServerId, ctx.server.productId, (await getKeyPackSecrets(ctx.db)).accepted);
  if (checked.status === "mistyped") return fail({ licenseServerId: [checked.error === "empty" ? "Enter the license server ID" : LICENSE_SERVER_ID_MESSAGES[checked.error]] });
  // Its own ID typed again (unbound if it was activated before IDs were bound): not a reactivation, say so first.
  if (kind === "REACTIVATE_SERVER" && stripSeparators(parsed.data.licenseServerId) === ctx.server.licenseServerId) return fail({ licenseServerId: [SAME_ID_MESSAGE] });
  if (checked.status === "not-for-this-server") return fail({ licenseServerId: [BOUND_LICENSE_SERVER_ID_MESSAGES["not-for-this-server"]] });
  if (kind === "ACTIVATE_SERVER") return activate(ctx, step, checked.value, {});
  return reactivate(ctx, step, checked.value, {});
}

/** License Server Deactivation (Web Browser, Telephone): the confirmation code. */
export async function enterConfirmationCode(serverId: string, input: unknown): Promise<Result> {
  const parsed = confirmationCodeEntrySchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const ctx = await runAt("DEACTIVATE_SERVER", serverId, "DEACTIVATE_CONFIRMATION");
  if (!ctx.server.licenseServerId) return fail({}, "This license server has no License Server ID to deactivate.");
  const checked = checkConfirmationCode(parsed.data.confirmationCode, ctx.server.productId, ctx.server.licenseServerId, (await getKeyPackSecrets(ctx.db)).accepted);
  if (checked.status === "mistyped") return fail({ confirmationCode: [CONFIRMATION_CODE_MESSAGES[checked.error]] });
  if (checked.status === "not-for-this-server") return fail({ confirmationCode: [CONFIRMATION_CODE_MESSAGES["not-for-this-server"]] });
  return deactivate(ctx, "DEACTIVATE_CONFIRMATION", {});
}

/** The completing page's Finish: on to Install Licenses when its check box is ticked. */
export async function finishLifecycleWizard(kind: LifecycleKind, serverId: string, input: unknown): Promise<Result> {
  const ctx = await context(kind, serverId);
  const parsed = finishLifecycleSchema.safeParse(input);
  if (kind === "ACTIVATE_SERVER" && parsed.success && parsed.data.startInstall && ctx.server.activated) {
    continueTo(`/console/servers/${encodeURIComponent(serverId)}/install-licenses`);
  }
  continueTo(consoleServerHref(ctx.server.name));
}

export async function cancelLifecycleWizard(kind: LifecycleKind, serverId: string): Promise<void> {
  const ctx = await context(kind, serverId);
  if (ctx.run) await cancelLifecycleRun(ctx.db, serverId, ctx.run.id, kind);
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
  return redirectToRun(kind, ctx.server.id, from);
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
