import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { stepFormValues } from "@/lib/clearinghouse/steps";
import { returnTarget, type StepSearchParams } from "../return-to";
import { CompanyForm } from "@/components/licensing/company-form";
import { saveCompanyStep } from "@/lib/clearinghouse/actions";

export const metadata = { title: "Company information" };

export default async function CompanyPage({ searchParams }: { searchParams: StepSearchParams }) {
  await connection();
  const draft = await requireDraftAtStep("company");
  const { returnToVerify, backHref } = await returnTarget(searchParams, "company");
  return (
    <main>
      <StepHeading step="company" backHref={backHref} />
      <CompanyForm
        countries={COUNTRY_OPTIONS}
        returnToVerify={returnToVerify}
        action={saveCompanyStep}
        defaultValues={stepFormValues(draft, "company")}
      />
    </main>
  );
}
