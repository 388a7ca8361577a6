// The top of a Manage CALs page: a Back link (GOV.UK's back link), "Step N of 4" and the page title.
import Link from "next/link";
import { STEPS, stepIndex, type StepSlug } from "@/lib/clearinghouse/steps";

export function StepHeading({ step, backHref }: { step: StepSlug; backHref: string }) {
  const index = stepIndex(step);
  return (
    <>
      <Link href={backHref} className="inline-block text-sm print:hidden">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <p className="mt-4 text-muted">
        Manage CALs · Step {index + 1} of {STEPS.length}
      </p>
      <h1 className="text-2xl">{STEPS[index]!.title}</h1>
    </>
  );
}
