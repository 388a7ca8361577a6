import { CompanyStepPage } from "@/components/licensing/draft-steps/company-step";
import type { StepSearchParams } from "@/components/licensing/draft-steps/return-to";

export const metadata = { title: "Company information" };

export default function Page({ searchParams }: { searchParams: StepSearchParams }) {
  return <CompanyStepPage option="MANAGE_CALS" searchParams={searchParams} />;
}
