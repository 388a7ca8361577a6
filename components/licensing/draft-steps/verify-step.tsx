// The Web site's Verify page, shared by Manage CALs and Install client access licenses (the same pages but
// for the reason for recovery: docs/decisions/023): each option's route renders it with its option, and the
// guard sends a visitor whose draft is of the other option to its own pages. A module per page, so a route
// takes only its own form into its JavaScript (docs/decisions/040).
import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { SummaryList } from "@/components/licensing/summary-list";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { previousDraftPath } from "@/lib/clearinghouse/site-wizards";
import { summarySections } from "@/lib/clearinghouse/summary";
import { SubmitForm } from "@/components/licensing/submit-form";
import { stepPath, type SiteOption } from "@/lib/clearinghouse/steps";
import { submitManageCalsForm } from "@/lib/clearinghouse/actions";

export async function VerifyStepPage({ option }: { option: SiteOption }) {
  await connection();
  const draft = await requireDraftAtStep("verify", option);
  return (
    <main>
      <StepHeading step="verify" backHref={previousDraftPath("verify", option)} option={option} />
      <p className="mt-3 max-w-2xl">
        Verify that all of the information that you have entered is correct. To submit your request to the Microsoft Clearinghouse,
        click Next.
      </p>
      <div className="mt-6 max-w-3xl">
        <SummaryList sections={summarySections(draft, option)} changeHref={(section) => `${stepPath(section.step, option)}?return=verify`} />
        <SubmitForm action={submitManageCalsForm} />
      </div>
    </main>
  );
}
