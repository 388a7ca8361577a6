"use server";
// Server actions of the Install Licenses Wizard: validate with the page's schema, check the run may take a
// Next from this page (install-licenses-steps.ts), write conditionally, then redirect. A Next for a page the
// run has left lands where the run is. Installing goes through the console's one install
// (lib/console/install-key-pack.ts); by Automatic connection the IDs come from the Clearinghouse's
// installation route (lib/console/clearinghouse-client.ts), the console's only call to it.
import { continueTo } from "@/lib/forms/continue-to";
import { getDb } from "@/lib/db";
import { fail, zodFieldErrors, type ActionResult, type FieldErrors } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { CREDENTIAL_LABELS, licenseProgram as programInfo } from "@/lib/licensing/catalog";
import { formatCredential, openLicenseCredential } from "@/lib/licensing/credentials";
import { requestInstallation } from "./clearinghouse-client";
import { consoleServerHref } from "./urls";
import { installKeyPackIds, installLicensesAdvance } from "./install-key-pack";
import { getInstallContext } from "./install-licenses-queries";
import { cancelInstallRun, claimForRequest, openInstallRun, releaseClaim, updateInstallRun } from "./install-licenses-mutations";
import { licenseCodesFromForm, licenseInformationSchema, licenseProgramSchema, productVersionSchema, type CredentialInput, type InstallAnswers } from "./install-licenses-schemas";
import { canShowInstall, furthestInstall, installLandingAfterReplay, nextInstallStep, type InstallStep } from "./install-licenses-steps";
import { installLicensesHref } from "./install-licenses-urls";
import { installBlocker } from "./wizard-rules";
import { keyPackIdSchema } from "./wizard-schemas";
import { formState } from "@/lib/forms/form-state";

type Result = ActionResult<undefined>;

async function context(serverId: string) {
  // The server id is bound by the page, but a client can post anything in its place.
  if (!isQueryableText(serverId)) continueTo("/console");
  const ctx = await getInstallContext(serverId);
  if (!ctx) continueTo("/console");
  return { ...ctx, db: await getDb() };
}

async function runAt(serverId: string, step: InstallStep) {
  const ctx = await context(serverId);
  if (!ctx.run || !ctx.state || !canShowInstall(ctx.state, step)) return redirectToRun(serverId, step);
  return { ...ctx, run: ctx.run, state: ctx.state };
}

async function redirectToRun(serverId: string, submitted: InstallStep): Promise<never> {
  const { state } = await context(serverId);
  const landing = installLandingAfterReplay(state, submitted);
  continueTo(installLicensesHref(serverId, landing === "finished" ? "INSTALL_COMPLETED" : landing));
}

/** Welcome → Next: opens the run on the server's connection method (or goes on with the open one). */
export async function startInstallLicenses(serverId: string): Promise<Result> {
  const { server, otherWizard, run, state, db } = await context(serverId);
  const blocker = installBlocker(server, otherWizard);
  if (blocker) return fail({}, blocker.message);
  if (run && state) {
    const next = nextInstallStep(state.method, "INSTALL_WELCOME")!;
    await updateInstallRun(db, run.id, [state.step], { step: furthestInstall(state.method, state.step, next), answers: run.answers });
    continueTo(installLicensesHref(serverId, next));
  }
  const next = nextInstallStep(server.connectionMethod, "INSTALL_WELCOME")!;
  if (!(await openInstallRun(db, serverId, next, { connectionMethod: server.connectionMethod }))) return redirectToRun(serverId, "INSTALL_WELCOME");
  continueTo(installLicensesHref(serverId, next));
}

/** Obtain Client License Key Pack (Web Browser, Telephone): the typed ID, checked offline, installed. */
export async function installLicensesKeyPack(serverId: string, input: unknown): Promise<Result> {
  const parsed = keyPackIdSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { server, run, db } = await runAt(serverId, "INSTALL_OBTAIN_KEY_PACK");
  const outcome = await installKeyPackIds(db, server, run.id, [parsed.data.licenseKeyPackId], installLicensesAdvance("INSTALL_OBTAIN_KEY_PACK"));
  if (outcome.kind === "refused") return fail({ licenseKeyPackId: [outcome.message] });
  // Installed by this run: the run closed with it, so this post is a replay of the one that installed.
  if (outcome.kind === "already-installed" && !outcome.byThisRun) return fail({ licenseKeyPackId: [outcome.message] });
  continueTo(installLicensesHref(serverId, "INSTALL_COMPLETED"));
}

/** License Program (Automatic): a new program forgets the credentials typed for another. */
export async function selectInstallProgram(serverId: string, input: unknown): Promise<Result> {
  const parsed = licenseProgramSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { run, state, db } = await runAt(serverId, "INSTALL_LICENSE_PROGRAM");
  const program = parsed.data.licenseProgram;
  const answers: InstallAnswers = program === run.answers.licenseProgram ? run.answers : { connectionMethod: run.answers.connectionMethod, licenseProgram: program };
  // Back to License Information at most: a changed program needs its credentials typed again.
  const step = program === run.answers.licenseProgram ? furthestInstall(state.method, state.step, "INSTALL_LICENSE_INFORMATION") : "INSTALL_LICENSE_INFORMATION";
  if (!(await updateInstallRun(db, run.id, [state.step], { step, answers }))) return redirectToRun(serverId, "INSTALL_LICENSE_PROGRAM");
  continueTo(installLicensesHref(serverId, "INSTALL_LICENSE_INFORMATION"));
}

/** License Information (Automatic): the License Codes, or the program's agreement / enrollment / license number. */
export async function saveLicenseInformation(serverId: string, input: unknown): Promise<Result> {
  const { run, state, db } = await runAt(serverId, "INSTALL_LICENSE_INFORMATION");
  const program = run.answers.licenseProgram;
  if (!program) continueTo(installLicensesHref(serverId, "INSTALL_LICENSE_PROGRAM"));
  const parsed = licenseInformationSchema(program).safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const step = furthestInstall(state.method, state.step, "INSTALL_PRODUCT_VERSION");
  if (!(await updateInstallRun(db, run.id, [state.step], { step, answers: { ...run.answers, credentials: parsed.data } }))) {
    return redirectToRun(serverId, "INSTALL_LICENSE_INFORMATION");
  }
  continueTo(installLicensesHref(serverId, "INSTALL_PRODUCT_VERSION"));
}

/**
 * Product Version and License Type (Automatic) → Next: the console asks the Clearinghouse for the license key
 * pack IDs and installs them. The run is claimed first, so a double click or a second tab makes one call;
 * a refusal or a failed call releases it and installs nothing.
 */
export async function requestAndInstallLicenses(serverId: string, input: unknown): Promise<Result> {
  const parsed = productVersionSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const { server, run, db } = await runAt(serverId, "INSTALL_PRODUCT_VERSION");
  const { licenseProgram, credentials } = run.answers;
  if (!licenseProgram || !credentials?.length) continueTo(installLicensesHref(serverId, "INSTALL_LICENSE_INFORMATION"));
  const answers: InstallAnswers = { ...run.answers, calType: parsed.data.calType, quantity: parsed.data.quantity };
  await updateInstallRun(db, run.id, ["INSTALL_PRODUCT_VERSION"], { step: "INSTALL_PRODUCT_VERSION", answers });
  if (!(await claimForRequest(db, run.id))) {
    return fail({}, "The Install Licenses Wizard is already requesting these licenses from the Microsoft Clearinghouse. Wait a moment, then refresh the page.");
  }
  let installed = false;
  try {
    const answer = await requestInstallation({ licenseServerId: server.licenseServerId ?? "", licenseProgram, credentials, calType: parsed.data.calType, quantity: parsed.data.quantity });
    if (!answer.ok) return answer.kind === "refused" ? refusal(answer.message, answer.fieldErrors, licenseProgram, credentials) : fail({}, answer.message);
    const outcome = await installKeyPackIds(db, server, run.id, answer.data.licenseKeyPackIds, installLicensesAdvance("INSTALL_PRODUCT_VERSION"));
    if (outcome.kind === "refused" || (outcome.kind === "already-installed" && !outcome.byThisRun)) {
      return fail({}, `The Microsoft Clearinghouse answered with a license key pack ID this license server cannot install: ${outcome.message}`);
    }
    installed = true;
  } finally {
    if (!installed) await releaseClaim(db, run.id);
  }
  continueTo(installLicensesHref(serverId, "INSTALL_COMPLETED"));
}

/** The Clearinghouse's field errors as this page shows them: its own fields, and the credentials (on the page before) by name. */
function refusal(message: string, fieldErrors: FieldErrors, program: NonNullable<InstallAnswers["licenseProgram"]>, credentials: CredentialInput[]): Result {
  const own: FieldErrors = {};
  const lines: string[] = [];
  const label = CREDENTIAL_LABELS[programInfo(program).credential];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const first = messages?.[0];
    if (!first) continue;
    const match = /^credentials\.(\d+)/.exec(key);
    if (key === "calType" || key === "quantity") own[key] = [first];
    else if (match) lines.push(`${label} ${credentialText(program, credentials[Number(match[1])])}: ${first}`);
    else lines.push(first);
  }
  return fail(own, [message, ...lines].join(" "));
}

function credentialText(program: NonNullable<InstallAnswers["licenseProgram"]>, c: CredentialInput | undefined): string {
  if (!c) return "";
  const stored = programInfo(program).credential === "openLicense" ? openLicenseCredential(c.licenseNumber ?? "", c.authorizationNumber ?? "") : (c.licenseCode ?? c.agreementNumber ?? "");
  return formatCredential(program, stored);
}

/** Cancel: ends the open run (nothing is installed before the last page) and goes back to the server. */
export async function cancelInstallLicenses(serverId: string): Promise<void> {
  const ctx = await context(serverId);
  const runId = ctx.run?.id ?? ctx.brokenRunId;
  if (runId) await cancelInstallRun(ctx.db, serverId, runId);
  continueTo(consoleServerHref(ctx.server.name));
}

// The forms' actions (lib/forms/form-state.ts): what each wizard page's <form> posts to.
export const startInstallLicensesForm = formState<[serverId: string], unknown>(startInstallLicenses);
export const installLicensesKeyPackForm = formState(installLicensesKeyPack);
export const selectInstallProgramForm = formState(selectInstallProgram);
export const saveLicenseInformationForm = formState((serverId: string, input: unknown) => saveLicenseInformation(serverId, licenseCodesFromForm(input)));
export const requestAndInstallLicensesForm = formState(requestAndInstallLicenses);
