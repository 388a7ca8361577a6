// The top of a Manage CALs (or Install client access licenses) page: a Back link (GOV.UK's back link), "Step N of 4" and the page title.
import Link from "next/link";
import { siteOptionLabel } from "@/lib/clearinghouse/select-options";
import { MANAGE_CALS_STEPS, stepIndex, type ManageCalsSlug, type SiteOption } from "@/lib/clearinghouse/steps";

export function StepHeading({ step, backHref, option = "MANAGE_CALS" }: { step: ManageCalsSlug; backHref: string; option?: SiteOption }) {
  const index = stepIndex(step);
  return (
    <>
      <Link href={backHref} className="inline-block text-sm print:hidden">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <p className="mt-4 text-muted">
        {siteOptionLabel(option)} · Step {index + 1} of {MANAGE_CALS_STEPS.length}
      </p>
      <h1 className="text-2xl">{MANAGE_CALS_STEPS[index]!.title}</h1>
    </>
  );
}
