// The Web site's License Server information page, shared by Manage CALs and Install client access licenses (the same pages but
// for the reason for recovery: docs/decisions/023): each option's route renders it with its option, and the
// guard sends a visitor whose draft is of the other option to its own pages. A module per page, so a route
// takes only its own form into its JavaScript (docs/decisions/040).
import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { LicenseServerForm } from "./license-server-form";
import { stepFormValues, type SiteOption } from "@/lib/clearinghouse/steps";
import { returnTarget, type StepSearchParams } from "./return-to";

type Props = { option: SiteOption; searchParams: StepSearchParams };

export async function LicenseServerStepPage({ option, searchParams }: Props) {
  await connection();
  const draft = await requireDraftAtStep("license-server", option);
  const { returnToVerify, backHref } = await returnTarget(searchParams, "license-server", option);
  return (
    <main>
      <StepHeading step="license-server" backHref={backHref} option={option} />
      <LicenseServerForm defaultValues={stepFormValues(draft, "license-server")} returnToVerify={returnToVerify} option={option} />
    </main>
  );
}
