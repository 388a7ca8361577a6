// Pages reached from a verify page's Change link carry ?return=verify and go back there on Next.
import { previousStepPath, stepPath, type FormStepSlug, type SiteOption } from "@/lib/clearinghouse/steps";

export type StepSearchParams = Promise<{ return?: string | string[] }>;

export async function returnTarget(searchParams: StepSearchParams, step: FormStepSlug, option: SiteOption) {
  const returnToVerify = (await searchParams).return === "verify";
  return { returnToVerify, backHref: returnToVerify ? stepPath("verify", option) : previousStepPath(step, option) };
}
