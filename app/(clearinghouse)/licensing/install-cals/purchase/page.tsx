import { PurchaseStepPage } from "@/components/licensing/draft-steps/purchase-step";
import type { StepSearchParams } from "@/components/licensing/draft-steps/return-to";

export const metadata = { title: "License program information" };

export default function Page({ searchParams }: { searchParams: StepSearchParams }) {
  return <PurchaseStepPage option="INSTALL_CALS" searchParams={searchParams} />;
}
