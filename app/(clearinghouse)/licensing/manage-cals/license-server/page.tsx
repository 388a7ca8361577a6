import { LicenseServerStepPage } from "@/components/licensing/draft-steps/license-server-step";
import type { StepSearchParams } from "@/components/licensing/draft-steps/return-to";

export const metadata = { title: "License server information" };

export default function Page({ searchParams }: { searchParams: StepSearchParams }) {
  return <LicenseServerStepPage option="MANAGE_CALS" searchParams={searchParams} />;
}
