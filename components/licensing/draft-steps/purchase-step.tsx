// The Web site's purchase page (the License Program's information), shared by Manage CALs and Install client
// access licenses (the same pages but for the reason for recovery: docs/decisions/023): each option's route
// renders it with its option, and the guard sends a visitor whose draft is of the other option to its own
// pages. A module per page, so a route takes only its own form into its JavaScript (docs/decisions/040).
import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { licenseProgram } from "@/lib/licensing/catalog";
import { PurchaseForm } from "./purchase-form";
import { stepFormValues, type SiteOption } from "@/lib/clearinghouse/steps";
import { returnTarget, type StepSearchParams } from "./return-to";

type Props = { option: SiteOption; searchParams: StepSearchParams };

export async function PurchaseStepPage({ option, searchParams }: Props) {
  await connection();
  const draft = await requireDraftAtStep("purchase", option);
  const { returnToVerify, backHref } = await returnTarget(searchParams, "purchase", option);
  // The guard has checked the first page, so the program is set.
  const program = draft.licenseProgram!;
  return (
    <main>
      <StepHeading step="purchase" backHref={backHref} option={option} />
      <p className="mt-3 max-w-2xl">
        License Program: <strong>{licenseProgram(program).label}</strong>. Consult the documentation provided when you purchased your
        RDS CALs.
      </p>
      <PurchaseForm program={program} returnToVerify={returnToVerify} defaultValues={stepFormValues(draft, "purchase")} installing={option === "INSTALL_CALS"} />
    </main>
  );
}
