import { ResultStepPage, type ResultSearchParams } from "@/components/licensing/draft-steps/result-page";

export const metadata = { title: "Manage CALs result" };

export default function Page({ searchParams }: { searchParams: ResultSearchParams }) {
  return <ResultStepPage option="MANAGE_CALS" searchParams={searchParams} />;
}
