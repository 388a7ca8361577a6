import { ResultStepPage, type ResultSearchParams } from "@/components/licensing/draft-steps/result-page";

export const metadata = { title: "Install client access licenses result" };

export default function Page({ searchParams }: { searchParams: ResultSearchParams }) {
  return <ResultStepPage option="INSTALL_CALS" searchParams={searchParams} />;
}
