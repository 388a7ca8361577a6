// Page guards of the Manage CALs steps: no draft → the start page; a submitted draft → its result;
// skipping ahead → the first page whose answers are incomplete.
import "server-only";
import { redirect } from "next/navigation";
import { getCurrentDraft, type CurrentDraft } from "./queries";
import { stepRedirect } from "./progress";
import { resultPath, stepPath, type ManageCalsSlug, type SiteOption } from "./steps";

/** The visitor's open draft of `option` at `slug`; a draft of the other option is sent to its own pages. */
export async function requireDraftAtStep(slug: ManageCalsSlug, option: SiteOption = "MANAGE_CALS"): Promise<CurrentDraft> {
  const draft = await getCurrentDraft();
  if (!draft) redirect("/licensing");
  if (draft.request) redirect(resultPath(draft.option));
  if (draft.option !== option) redirect(stepPath(slug, draft.option));
  const elsewhere = stepRedirect(draft, slug);
  if (elsewhere) redirect(elsewhere);
  return draft;
}

export async function requireSubmittedDraft(option: SiteOption = "MANAGE_CALS"): Promise<CurrentDraft & { request: NonNullable<CurrentDraft["request"]> }> {
  const draft = await getCurrentDraft();
  if (!draft) redirect("/licensing");
  if (!draft.request) redirect(stepRedirect(draft, "verify") ?? stepPath("verify", draft.option));
  if (draft.option !== option) redirect(resultPath(draft.option));
  return { ...draft, request: draft.request };
}
