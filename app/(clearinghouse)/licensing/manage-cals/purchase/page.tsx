import { connection } from "next/server";
import { StepHeading } from "@/components/licensing/step-heading";
import { requireDraftAtStep } from "@/lib/clearinghouse/guards";
import { stepFormValues } from "@/lib/clearinghouse/steps";
import { licenseProgram } from "@/lib/licensing/catalog";
import { returnTarget, type StepSearchParams } from "../return-to";
import { PurchaseForm } from "./purchase-form";

export const metadata = { title: "License program information" };

export default async function PurchasePage({ searchParams }: { searchParams: StepSearchParams }) {
  await connection();
  const draft = await requireDraftAtStep("purchase");
  const { returnToVerify, backHref } = await returnTarget(searchParams, "purchase");
  // The guard has checked the first page, so the program is set.
  const program = draft.licenseProgram!;
  return (
    <main>
      <StepHeading step="purchase" backHref={backHref} />
      <p className="mt-3 max-w-2xl">
        License Program: <strong>{licenseProgram(program).label}</strong>. Consult the documentation provided when you purchased your
        RDS CALs.
      </p>
      <PurchaseForm
        program={program}
        returnToVerify={returnToVerify}
        defaultValues={stepFormValues(draft, "purchase")}
      />
    </main>
  );
}
