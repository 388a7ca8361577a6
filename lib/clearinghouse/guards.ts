// Page guards of the Manage CALs steps: no draft → the start page; a submitted draft → its result;
// skipping ahead → the first page whose answers are incomplete.
import "server-only";
import { redirect } from "next/navigation";
import { getCurrentDraft, type CurrentDraft } from "./queries";
import { stepRedirect } from "./progress";
import { RESULT_PATH, type ManageCalsSlug } from "./steps";

export async function requireDraftAtStep(slug: ManageCalsSlug): Promise<CurrentDraft> {
  const draft = await getCurrentDraft();
  if (!draft) redirect("/licensing");
  if (draft.request) redirect(RESULT_PATH);
  const elsewhere = stepRedirect(draft, slug);
  if (elsewhere) redirect(elsewhere);
  return draft;
}

export async function requireSubmittedDraft(): Promise<CurrentDraft & { request: NonNullable<CurrentDraft["request"]> }> {
  const draft = await getCurrentDraft();
  if (!draft) redirect("/licensing");
  if (!draft.request) redirect(stepRedirect(draft, "verify") ?? "/licensing/manage-cals/verify");
  return { ...draft, request: draft.request };
}
