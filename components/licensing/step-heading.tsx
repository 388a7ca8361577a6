// The top of a Manage CALs (or Install client access licenses) page: a Back link (GOV.UK's back link), "Step N of 4" and the page title.
import Link from "next/link";
import { siteOptionLabel } from "@/lib/clearinghouse/select-options";
import { MANAGE_CALS_STEPS, type ManageCalsSlug, type SiteOption } from "@/lib/clearinghouse/steps";
import { draftPageNumber } from "@/lib/clearinghouse/site-wizards";

export function StepHeading({ step, backHref, option = "MANAGE_CALS" }: { step: ManageCalsSlug; backHref: string; option?: SiteOption }) {
  const number = draftPageNumber(step);
  return (
    <>
      <Link href={backHref} className="inline-block text-sm print:hidden">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <p className="mt-4 text-muted">
        {siteOptionLabel(option)} · Step {number} of {MANAGE_CALS_STEPS.length}
      </p>
      <h1 className="text-2xl">{MANAGE_CALS_STEPS[number - 1]!.title}</h1>
    </>
  );
}
