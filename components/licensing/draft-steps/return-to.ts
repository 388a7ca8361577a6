// Pages reached from a verify page's Change link carry ?return=verify and go back there on Next.
import { stepPath, type FormStepSlug, type SiteOption } from "@/lib/clearinghouse/steps";
import { previousDraftPath } from "@/lib/clearinghouse/site-wizards";

export type StepSearchParams = Promise<{ return?: string | string[] }>;

export async function returnTarget(searchParams: StepSearchParams, step: FormStepSlug, option: SiteOption) {
  const returnToVerify = (await searchParams).return === "verify";
  return { returnToVerify, backHref: returnToVerify ? stepPath("verify", option) : previousDraftPath(step, option) };
}
