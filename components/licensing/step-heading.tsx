// The top of a Manage CALs page: a Back link (GOV.UK's back link), "Step N of 4" and the page title.
import Link from "next/link";
import { MANAGE_CALS_STEPS, stepIndex, type ManageCalsSlug } from "@/lib/clearinghouse/steps";

export function StepHeading({ step, backHref }: { step: ManageCalsSlug; backHref: string }) {
  const index = stepIndex(step);
  return (
    <>
      <Link href={backHref} className="inline-block text-sm print:hidden">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <p className="mt-4 text-muted">
        Manage CALs · Step {index + 1} of {MANAGE_CALS_STEPS.length}
      </p>
      <h1 className="text-2xl">{MANAGE_CALS_STEPS[index]!.title}</h1>
    </>
  );
}
