"use server";
// Server actions of the Install Licenses Wizard, declared on the wizard engine (install-licenses/run.ts,
// lib/console/wizard-engine/actions.ts): each page's schema and what its Next does; the engine checks the run
// may take a Next from the page (steps.ts), saves the page's answers merged into the run's (the run store)
// and lands a Next for a page the run has left where the run is. Installing goes through the console's one install
// (lib/console/install-key-pack.ts); by Automatic connection the IDs come from the Clearinghouse's
// installation route (lib/console/clearinghouse-client.ts), the console's only call to it.
import { continueTo } from "@/lib/forms/continue-to";
import { fail, type ActionResult, type FieldErrors } from "@/lib/forms/action-result";
import { CREDENTIAL_LABELS, licenseProgram as programInfo } from "@/lib/licensing/catalog";
import { formatCredential, openLicenseCredential } from "@/lib/licensing/credentials";
import { requestInstallation } from "../clearinghouse-client";
import { EVENT_IDS, INSTALL_LICENSES_CANCELLED_MESSAGE } from "../events";
import { consoleServerHref } from "../urls";
import { installKeyPackIds, installLicensesAdvance } from "../install-key-pack";
import { claimForRequest, releaseClaim } from "./mutations";
import { licenseInformationFormSchema, licenseProgramSchema, productVersionSchema, type CredentialInput, type InstallAnswers } from "../install-licenses-schemas";
import { installLicensesHref } from "./urls";
import { installBlocker } from "../wizard-rules";
import { keyPackIdSchema } from "../wizard-schemas";
import { cancelRun, saveRun } from "../wizard-engine/run-store";
import { installLicenses } from "./run";
import { plainAction } from "@/lib/actions/client";
import { wizardServer } from "../wizard-engine/actions";

type Result = ActionResult<undefined>;

const { context, form, advance } = installLicenses;

/** Welcome → Next: opens the run on the server's connection method (or goes on with the open one). */
export const startInstallLicensesForm = installLicenses.button("startInstallLicenses", (server) =>
  installLicenses.start(server, {
    blocker: (ctx) => installBlocker(ctx.server, ctx.otherWizard),
    route: (ctx) => ctx.server.connectionMethod,
    answers: (ctx) => ({ connectionMethod: ctx.server.connectionMethod }),
  }),
);

/** Obtain Client License Key Pack (Web Browser, Telephone): the typed ID, checked offline, installed. */
export const installLicensesKeyPackForm = form("installLicensesKeyPack", "INSTALL_OBTAIN_KEY_PACK", {
  schema: keyPackIdSchema,
  next: async ({ server, run, db }, { licenseKeyPackId }) => {
    const outcome = await installKeyPackIds(db, server, run.id, [licenseKeyPackId], installLicensesAdvance("INSTALL_OBTAIN_KEY_PACK"));
    if (outcome.kind === "refused") return fail({ licenseKeyPackId: [outcome.message] });
    // Installed by this run: the run closed with it, so this post is a replay of the one that installed.
    if (outcome.kind === "already-installed" && !outcome.byThisRun) return fail({ licenseKeyPackId: [outcome.message] });
    continueTo(installLicensesHref(server.id, "INSTALL_COMPLETED"));
  },
});

/** License Program (Automatic): a new program forgets the credentials typed for another. */
export const selectInstallProgramForm = form("selectInstallProgram", "INSTALL_LICENSE_PROGRAM", {
  schema: licenseProgramSchema,
  next: (ctx, { licenseProgram }) => {
    const same = licenseProgram === ctx.run.answers.licenseProgram;
    // Back to License Information at most: a changed program needs its credentials typed again.
    const forget = same ? [] : ["credentials", "calType", "quantity"];
    return advance(ctx, "INSTALL_LICENSE_PROGRAM", { from: [ctx.state.step], answers: { licenseProgram }, forget, afresh: !same });
  },
});

/** License Information (Automatic): the License Codes, or the program's agreement / enrollment / license number. */
export const saveLicenseInformationForm = form("saveLicenseInformation", "INSTALL_LICENSE_INFORMATION", {
  schema: ({ server, run }) => {
    const program = run.answers.licenseProgram;
    if (!program) continueTo(installLicensesHref(server.id, "INSTALL_LICENSE_PROGRAM"));
    // The form posts the added codes in one field and the box's code apart: read as the list the schema parses.
    return licenseInformationFormSchema(program);
  },
  next: (ctx, credentials) => advance(ctx, "INSTALL_LICENSE_INFORMATION", { from: [ctx.state.step], answers: { credentials } }),
});

/**
 * Product Version and License Type (Automatic) → Next: the console asks the Clearinghouse for the license key
 * pack IDs and installs them. The run is claimed first, so a double click or a second tab makes one call;
 * a refusal or a failed call releases it and installs nothing.
 */
export const requestAndInstallLicensesForm = form("requestAndInstallLicenses", "INSTALL_PRODUCT_VERSION", {
  schema: productVersionSchema,
  next: async ({ server, run, db }, { calType, quantity }) => {
    const { licenseProgram, credentials } = run.answers;
    if (!licenseProgram || !credentials?.length) continueTo(installLicensesHref(server.id, "INSTALL_LICENSE_INFORMATION"));
    // The claim first: a second Next while the first one calls changes nothing, not even the answers.
    if (!(await claimForRequest(db, run.id))) {
      return fail({}, "The Install Licenses Wizard is already requesting these licenses from the Microsoft Clearinghouse. Wait a moment, then refresh the page.");
    }
    let installed = false;
    try {
      await saveRun(db, { runId: run.id, kind: "INSTALL_LICENSES", from: ["INSTALL_PRODUCT_VERSION"], step: "INSTALL_PRODUCT_VERSION", answers: { calType, quantity } });
      const answer = await requestInstallation({ licenseServerId: server.licenseServerId ?? "", licenseProgram, credentials, calType, quantity });
      if (!answer.ok) return answer.kind === "refused" ? refusal(answer.message, answer.fieldErrors, licenseProgram, credentials) : fail({}, answer.message);
      const outcome = await installKeyPackIds(db, server, run.id, answer.data.licenseKeyPackIds, installLicensesAdvance("INSTALL_PRODUCT_VERSION"));
      if (outcome.kind === "refused" || (outcome.kind === "already-installed" && !outcome.byThisRun)) {
        return fail({}, `The Microsoft Clearinghouse answered with a license key pack ID this license server cannot install: ${outcome.message}`);
      }
      installed = true;
    } finally {
      if (!installed) await releaseClaim(db, run.id);
    }
    continueTo(installLicensesHref(server.id, "INSTALL_COMPLETED"));
  },
});

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
export const cancelInstallLicenses = plainAction({ name: "cancelInstallLicenses", guard: wizardServer, refusal: () => undefined }, async ({ ctx: { server } }): Promise<void> => {
  const ctx = await context(server);
  const runId = ctx.run?.id ?? ctx.brokenRunId;
  const event = { eventId: EVENT_IDS.INSTALL_LICENSES_CANCELLED, message: INSTALL_LICENSES_CANCELLED_MESSAGE };
  if (runId) await cancelRun(ctx.db, { serverId: server.id, runId, kind: "INSTALL_LICENSES", event });
  continueTo(consoleServerHref(ctx.server.name));
});
