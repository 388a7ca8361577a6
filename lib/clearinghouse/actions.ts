"use server";
// Server actions of the Manage CALs pages (lib/actions/client.ts: each declares its schema, the page's
// form's own, and the per-address limits it counts). On an expected failure each answers an ActionResult;
// otherwise it saves and redirects (save on Next: Back then shows what was typed).
import { z } from "zod";
import { flagArgument, formAction, plainAction } from "@/lib/actions/client";
import { publicAccess, type Guard } from "@/lib/actions/guards";
import { continueTo } from "@/lib/forms/continue-to";
import { getDb, getSql } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import { writeDraftId } from "./draft-cookie";
import { findRequestForLookup, getCurrentDraft, type CurrentDraft } from "./queries";
import { companyStepSchema } from "./company-schema";
import { licenseServerStepSchemaFor, purchaseStepSchema, selectOptionSchema, serverFlowOptionSchema, STATUS_MESSAGES, statusLookupSchema, type StatusLookupInput } from "./schemas";
import { SITE_OPTIONS } from "./select-options";
import { submitDraft } from "./submit";
import { nextDraftPage } from "./site-wizards";
import { pickFields, RESULT_LIMITED_PARAM, resultPath, STEP_FIELDS, stepPath, type FormStepSlug, type SiteOption } from "./steps";
import { checkInstallationTarget } from "./target-server";
import { checkCredentialProgram, credentialField, type ProgramChoice } from "./wrong-program";
import { isLicenseProgram, type LicenseProgram } from "@/lib/licensing/catalog";
import { toStatusView, type StatusView } from "./status-view";
import { flowPath, SERVER_FLOWS } from "./server-flows";

/**
 * Select Option → Next. The license server options open their first page; Manage CALs and Install client
 * access licenses resume the visitor's open draft under the chosen option (what was typed carries over) or
 * start one (counted against the address's new-draft limit), carrying the console's ID.
 */
export const selectOptionForm = formAction(
  {
    name: "selectOption",
    guard: publicAccess,
    // The license server options open their own first page; the browser checks selectOptionFormSchema, both at once.
    schema: (_ctx, _bound, raw) => (serverFlowOptionSchema.safeParse(raw).success ? serverFlowOptionSchema : selectOptionSchema),
    limits: ["new-draft"],
  },
  async ({ input, overLimit }) => {
    const flow = SERVER_FLOWS.find((f) => f === input.option);
    if (flow) continueTo(flowPath(flow, "details"));
    const chosen = input as z.output<typeof selectOptionSchema>;
    const db = await getDb();
    const current = await getCurrentDraft();
    const targetLicenseServerId = chosen.licenseServerId;
    const option: SiteOption = SITE_OPTIONS[chosen.option];
    if (current && !current.request) {
      await db.manageCalsDraft.update({ where: { id: current.id }, data: { option, ...(targetLicenseServerId ? { targetLicenseServerId } : {}) } });
    } else {
      const limited = await overLimit("new-draft");
      if (limited) return fail({}, limited.message);
      const draft = await db.manageCalsDraft.create({ data: { targetLicenseServerId, option }, select: { id: true } });
      await writeDraftId(draft.id);
    }
    continueTo(stepPath("license-server", option));
  },
);

/** The draft a page may still change; a visitor without one, or whose draft is submitted, is sent on. */
const openDraft: Guard<{ draft: CurrentDraft }> = {
  kind: "public",
  takes: 0,
  async check() {
    const draft = await getCurrentDraft();
    if (!draft) continueTo("/licensing");
    if (draft.request) continueTo(resultPath(draft.option));
    return { ok: true, ctx: { draft } };
  },
};

async function saveAndContinue(draft: CurrentDraft, step: FormStepSlug, data: object, returnToVerify: boolean): Promise<never> {
  const db = await getDb();
  await db.manageCalsDraft.update({ where: { id: draft.id }, data });
  continueTo(stepPath(returnToVerify ? "verify" : nextDraftPage(step), draft.option));
}

/** The License server page's Next; bound: whether it returns to Verify (a Change link's visit). */
export const saveLicenseServerStepForm = formAction(
  { name: "saveLicenseServerStep", guard: openDraft, bound: [flagArgument], schema: ({ draft }) => licenseServerStepSchemaFor(draft.option) },
  async ({ ctx: { draft }, bound: [returnToVerify], input }) => {
    if (draft.option === "INSTALL_CALS") {
      const target = await checkInstallationTarget(await getDb(), input.targetLicenseServerId);
      if (target) return fail({ targetLicenseServerId: [target.message] });
    }
    return saveAndContinue(draft, "license-server", input, returnToVerify);
  },
);

export const saveCompanyStepForm = formAction(
  { name: "saveCompanyStep", guard: openDraft, bound: [flagArgument], schema: companyStepSchema },
  async ({ ctx: { draft }, bound: [returnToVerify], input }) => saveAndContinue(draft, "company", input, returnToVerify),
);

/** The purchase page's answer: with a credential of another License Program, the programs to switch to. */
export type PurchaseStepResult = ActionResult & { switchTo?: ProgramChoice[] };

/**
 * The License Program the purchase page's values are for: the saved draft's, never the browser's, but for
 * the refusal's "Continue with …" button (components/licensing/switch-program.tsx), which posts `switchTo`:
 * it changes the program (a choice the visitor makes on the first page too) to one that asks for the
 * credential in the same field, so what was typed is kept; any other value is ignored.
 */
function purchaseProgram(draft: CurrentDraft, raw: unknown): { program: LicenseProgram; switched: LicenseProgram | null } {
  // No program yet: the first page is not done (the handler sends the visitor there).
  const saved = draft.licenseProgram ?? "LICENSE_PACK";
  const switchTo = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).switchTo : undefined;
  const switched = isLicenseProgram(switchTo) && switchTo !== saved && credentialField(switchTo) === credentialField(saved) ? switchTo : null;
  return { program: switched ?? saved, switched };
}

export const savePurchaseStepForm = formAction(
  {
    name: "savePurchaseStep",
    guard: openDraft,
    bound: [flagArgument],
    schema: ({ draft }, _bound, raw) => {
      if (!draft.licenseProgram) continueTo(stepPath("license-server", draft.option));
      return purchaseStepSchema(purchaseProgram(draft, raw).program);
    },
  },
  async ({ ctx: { draft }, bound: [returnToVerify], input, raw }): Promise<PurchaseStepResult> => {
    const { program, switched } = purchaseProgram(draft, raw);
    // A credential of another program: said here, with the way to switch, rather than filed for review.
    const wrong = await checkCredentialProgram(await getDb(), program, input);
    if (wrong) return { ...fail({ [wrong.field]: [wrong.message] }), switchTo: wrong.programs };
    // Keep the credential fields of other programs as typed, in case the visitor switches back.
    const { licenseCode, licenseNumber, authorizationNumber, agreementNumber, ...rest } = input;
    const credentials = Object.fromEntries(Object.entries({ licenseCode, licenseNumber, authorizationNumber, agreementNumber }).filter(([, v]) => v !== null));
    return saveAndContinue(draft, "purchase", { ...rest, ...credentials, ...(switched ? { licenseProgram: switched } : {}) }, returnToVerify);
  },
);

/** The verify page's Next: submit to the Clearinghouse, then show the result. */
export const submitManageCalsForm = formAction({ name: "submitManageCals", guard: publicAccess }, async () => {
  const current = await getCurrentDraft();
  if (!current) continueTo("/licensing");
  // The License Program changed from this page after the purchase page checked the credential: said here too.
  const wrong = current.licenseProgram && !current.request ? await checkCredentialProgram(await getDb(), current.licenseProgram, current) : null;
  if (wrong) return fail({ [wrong.field]: [wrong.message] }, `${wrong.message} Use the Change links to correct it.`);
  const outcome = await submitDraft(await getSql(), current.id);
  if (outcome.kind === "missing") continueTo("/licensing");
  if (outcome.kind === "invalid") {
    return fail(outcome.fieldErrors, "Some of the information is missing or no longer valid. Use the Change links to correct it.");
  }
  continueTo(resultPath(current.option));
});

/** After a result: a new draft with the same license server and company answers (one set at a time). A plain form post. */
export const requestAnotherKeyPack = plainAction({ name: "requestAnotherKeyPack", guard: publicAccess, limits: ["new-draft"], refusal: () => undefined }, async ({ overLimit }) => {
  const current = await getCurrentDraft();
  if (!current?.request) continueTo(current ? stepPath("license-server", current.option) : "/licensing");
  const { option } = current;
  // The result page shows the refusal from the URL (RESULT_LIMITED_PARAM).
  const limited = await overLimit("new-draft");
  if (limited) continueTo(`${resultPath(option)}?${RESULT_LIMITED_PARAM}=${limited.retryAt.getTime()}`);
  const db = await getDb();
  const kept = pickFields(current.request.details, [...STEP_FIELDS["license-server"], ...STEP_FIELDS.company]);
  const draft = await db.manageCalsDraft.create({ data: { ...kept, option }, select: { id: true } });
  await writeDraftId(draft.id);
  continueTo(stepPath("license-server", option));
});

/** Check request status: counted against the address's lookup limit once the values parsed. The answer
 * carries the pair that found it, for the receipt's own post (status-result.tsx). */
export const lookupRequestStatusForm = formAction(
  { name: "lookupRequestStatus", guard: publicAccess, schema: statusLookupSchema, limit: "status-lookup" },
  async ({ input, raw }): Promise<ActionResult<{ view: StatusView; lookup: StatusLookupInput }>> => {
    const request = await findRequestForLookup(input);
    if (!request) return fail({}, STATUS_MESSAGES.noMatch);
    const sent = raw as Partial<Record<"reference" | "contact", unknown>>;
    return ok({ view: toStatusView(request), lookup: { reference: String(sent.reference ?? ""), contact: String(sent.contact ?? "") } });
  },
);
