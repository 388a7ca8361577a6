import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { SummaryList } from "@/components/licensing/summary-list";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { previousStepPath, stepPath } from "@/lib/clearinghouse/steps";
import { summarySections } from "@/lib/clearinghouse/summary";
import { SubmitForm } from "@/components/licensing/submit-form";
import { submitManageCals } from "@/lib/clearinghouse/actions";

export const metadata = { title: "Verify your information" };

export default async function VerifyPage() {
  await connection();
  const draft = await requireDraftAtStep("verify");
  return (
    <main>
      <StepHeading step="verify" backHref={previousStepPath("verify")} />
      <p className="mt-3 max-w-2xl">
        Verify that all of the information that you have entered is correct. To submit your request to the Microsoft Clearinghouse,
        click Next.
      </p>
      <div className="mt-6 max-w-3xl">
        <SummaryList sections={summarySections(draft)} changeHref={(section) => `${stepPath(section.step)}?return=verify`} />
        <SubmitForm action={submitManageCals} />
      </div>
    </main>
  );
}
