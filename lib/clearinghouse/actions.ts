"use server";
// Server actions of the Manage CALs pages. Each one parses its input with the same schema as the page's
// form, returns an ActionResult on an expected failure, and otherwise saves and redirects (save on Next:
// Back then shows what was typed).
import { headers } from "next/headers";
import { continueTo } from "@/lib/forms/continue-to";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getDb, getSql } from "@/lib/db";
import { fail, ok, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { readDraftId, writeDraftId } from "./draft-cookie";
import { findRequestForLookup, getCurrentDraft, type CurrentDraft } from "./queries";
import { companyStepSchema, type CompanyStepInput } from "./company-schema";
import {
  licenseServerStepSchemaFor,
  purchaseStepSchema,
  selectOptionSchema,
  STATUS_MESSAGES,
  statusLookupSchema,
  type LicenseServerStepInput,
  type PurchaseStepInput,
  type SelectOptionInput,
  type StatusLookupInput,
} from "./schemas";
import { checkPublicLimit, type PublicLimit } from "./public-limits";
import { SITE_OPTIONS } from "./select-options";
import { submitDraft } from "./submit";
import { nextManageCalsStep, pickFields, RESULT_LIMITED_PARAM, resultPath, STEP_FIELDS, stepPath, type FormStepSlug, type SiteOption } from "./steps";
import { checkInstallationTarget } from "./target-server";
import { checkCredentialProgram, credentialField, type ProgramChoice } from "./wrong-program";
import { isLicenseProgram } from "@/lib/licensing/catalog";
import { toStatusView, type StatusView } from "./status-view";
import { formState } from "@/lib/forms/form-state";

/** Counts one use of `limit` from this request's address (public-limits.ts); the refusal, if over it. */
async function overLimit(limit: PublicLimit) {
  return checkPublicLimit(await getDb(), limit, clientAddressFrom(await headers()));
}

/**
 * Select Option → Next (Manage CALs or Install client access licenses): resume the visitor's open draft
 * under the chosen option (what was typed carries over) or start one, carrying the console's ID.
 */
export async function startManageCals(input: SelectOptionInput): Promise<ActionResult> {
  const parsed = selectOptionSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const db = await getDb();
  const current = await getCurrentDraft();
  const targetLicenseServerId = parsed.data.licenseServerId;
  const option: SiteOption = SITE_OPTIONS[parsed.data.option];
  if (current && !current.request) {
    await db.manageCalsDraft.update({ where: { id: current.id }, data: { option, ...(targetLicenseServerId ? { targetLicenseServerId } : {}) } });
  } else {
    const limited = await overLimit("new-draft");
    if (limited) return fail({}, limited.message);
    const draft = await db.manageCalsDraft.create({ data: { targetLicenseServerId, option }, select: { id: true } });
    await writeDraftId(draft.id);
  }
  continueTo(stepPath("license-server", option));
}

/** The draft a page may still change; a visitor without one, or whose draft is submitted, is sent on. */
async function requireOpenDraft(): Promise<CurrentDraft> {
  const draft = await getCurrentDraft();
  if (!draft) continueTo("/licensing");
  if (draft.request) continueTo(resultPath(draft.option));
  return draft;
}

async function saveAndContinue(draft: CurrentDraft, step: FormStepSlug, data: object, returnToVerify: boolean): Promise<never> {
  const db = await getDb();
  await db.manageCalsDraft.update({ where: { id: draft.id }, data });
  continueTo(stepPath(returnToVerify ? "verify" : nextManageCalsStep(step), draft.option));
}

export async function saveLicenseServerStep(input: LicenseServerStepInput, returnToVerify = false): Promise<ActionResult> {
  const draft = await requireOpenDraft();
  const parsed = licenseServerStepSchemaFor(draft.option).safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  if (draft.option === "INSTALL_CALS") {
    const target = await checkInstallationTarget(await getDb(), parsed.data.targetLicenseServerId);
    if (target) return fail({ targetLicenseServerId: [target.message] });
  }
  return saveAndContinue(draft, "license-server", parsed.data, returnToVerify);
}

export async function saveCompanyStep(input: CompanyStepInput, returnToVerify = false): Promise<ActionResult> {
  const draft = await requireOpenDraft();
  const parsed = companyStepSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  return saveAndContinue(draft, "company", parsed.data, returnToVerify);
}

/** The purchase page's answer: with a credential of another License Program, the programs to switch to. */
export type PurchaseStepResult = ActionResult & { switchTo?: ProgramChoice[] };

/**
 * The purchase page's Next. `switchTo`: the refusal's "Continue with …" button, which changes the License
 * Program (a choice the visitor makes on the first page too) to one that asks for the credential in the
 * same field, so what was typed is kept; any other value is ignored.
 */
export async function savePurchaseStep(input: PurchaseStepInput, returnToVerify = false, switchTo?: unknown): Promise<PurchaseStepResult> {
  const draft = await requireOpenDraft();
  // The program comes from the saved draft, never from the browser, but for the switch above.
  if (!draft.licenseProgram) continueTo(stepPath("license-server", draft.option));
  const switched = isLicenseProgram(switchTo) && switchTo !== draft.licenseProgram && credentialField(switchTo) === credentialField(draft.licenseProgram) ? switchTo : null;
  const program = switched ?? draft.licenseProgram;
  const parsed = purchaseStepSchema(program).safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  // A credential of another program: said here, with the way to switch, rather than filed for review.
  const wrong = await checkCredentialProgram(await getDb(), program, parsed.data);
  if (wrong) return { ...fail({ [wrong.field]: [wrong.message] }), switchTo: wrong.programs };
  // Keep the credential fields of other programs as typed, in case the visitor switches back.
  const { licenseCode, licenseNumber, authorizationNumber, agreementNumber, ...rest } = parsed.data;
  const credentials = Object.fromEntries(
    Object.entries({ licenseCode, licenseNumber, authorizationNumber, agreementNumber }).filter(([, v]) => v !== null),
  );
  return saveAndContinue(draft, "purchase", { ...rest, ...credentials, ...(switched ? { licenseProgram: switched } : {}) }, returnToVerify);
}

/** The verify page's Next: submit to the Clearinghouse, then show the result. */
export async function submitManageCals(): Promise<ActionResult> {
  const draftId = await readDraftId();
  if (!draftId) continueTo("/licensing");
  // The License Program changed from this page after the purchase page checked the credential: said here too.
  const current = await getCurrentDraft();
  const wrong = current?.licenseProgram && !current.request ? await checkCredentialProgram(await getDb(), current.licenseProgram, current) : null;
  if (wrong) return fail({ [wrong.field]: [wrong.message] }, `${wrong.message} Use the Change links to correct it.`);
  const outcome = await submitDraft(await getSql(), draftId);
  if (outcome.kind === "missing") continueTo("/licensing");
  if (outcome.kind === "invalid") {
    return fail(outcome.fieldErrors, "Some of the information is missing or no longer valid. Use the Change links to correct it.");
  }
  continueTo(resultPath(current?.option));
}

/** After a result: a new draft with the same license server and company answers (one set at a time). */
export async function requestAnotherKeyPack(): Promise<void> {
  const current = await getCurrentDraft();
  if (!current?.request) continueTo(current ? stepPath("license-server", current.option) : "/licensing");
  const { option } = current;
  // A plain form post: the result page shows the refusal from the URL (RESULT_LIMITED_PARAM).
  const limited = await overLimit("new-draft");
  if (limited) continueTo(`${resultPath(option)}?${RESULT_LIMITED_PARAM}=${limited.retryAt.getTime()}`);
  const db = await getDb();
  const kept = pickFields(current.request.details, [...STEP_FIELDS["license-server"], ...STEP_FIELDS.company]);
  const draft = await db.manageCalsDraft.create({ data: { ...kept, option }, select: { id: true } });
  await writeDraftId(draft.id);
  continueTo(stepPath("license-server", option));
}

export async function lookupRequestStatus(input: StatusLookupInput): Promise<ActionResult<StatusView>> {
  const parsed = statusLookupSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const limited = await overLimit("status-lookup");
  if (limited) return fail({}, limited.message);
  const request = await findRequestForLookup(parsed.data);
  if (!request) return fail({}, STATUS_MESSAGES.noMatch);
  return ok(toStatusView(request));
}

// The forms' actions (lib/forms/form-state.ts): what each page's <form> posts to.
export const startManageCalsForm = formState((input: unknown) => startManageCals(input as SelectOptionInput));
export const saveLicenseServerStepForm = formState((returnToVerify: boolean, input: unknown) => saveLicenseServerStep(input as LicenseServerStepInput, returnToVerify));
export const saveCompanyStepForm = formState((returnToVerify: boolean, input: unknown) => saveCompanyStep(input as CompanyStepInput, returnToVerify));
/** The posted form: the "Continue with …" buttons post the program chosen as `switchTo` (components/licensing/switch-program.tsx). */
export const savePurchaseStepForm = formState((returnToVerify: boolean, input: unknown) => {
  const { switchTo, ...values } = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  return savePurchaseStep(values as PurchaseStepInput, returnToVerify, switchTo);
});
export const submitManageCalsForm = formState<[], unknown>(submitManageCals);
/** The lookup's answer carries the pair that found it, for the receipt's own post (status-result.tsx). */
export const lookupRequestStatusForm = formState(async (input: unknown): Promise<ActionResult<{ view: StatusView; lookup: StatusLookupInput }>> => {
  const result = await lookupRequestStatus(input as StatusLookupInput);
  if (!result.ok) return result;
  const sent = input as Partial<Record<"reference" | "contact", unknown>>;
  return ok({ view: result.data, lookup: { reference: String(sent.reference ?? ""), contact: String(sent.contact ?? "") } });
});
