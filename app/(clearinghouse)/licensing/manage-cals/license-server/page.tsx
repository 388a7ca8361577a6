import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { stepFormValues } from "@/lib/clearinghouse/steps";
import { returnTarget, type StepSearchParams } from "../return-to";
import { LicenseServerForm } from "./license-server-form";

export const metadata = { title: "License server information" };

export default async function LicenseServerPage({ searchParams }: { searchParams: StepSearchParams }) {
  await connection();
  const draft = await requireDraftAtStep("license-server");
  const { returnToVerify, backHref } = await returnTarget(searchParams, "license-server");
  return (
    <main>
      <StepHeading step="license-server" backHref={backHref} />
      <LicenseServerForm defaultValues={stepFormValues(draft, "license-server")} returnToVerify={returnToVerify} />
    </main>
  );
}
