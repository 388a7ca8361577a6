// The later pages of Activate a license server: /licensing/activate/<page> (server-flows.ts lists them).
import { ServerFlowPage, flowMetadata, pageFromSegment, type FlowSearchParams } from "@/components/licensing/server-flow/server-flow-page";

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return flowMetadata("activate", pageFromSegment("activate", (await params).page));
}

export default async function ActivateFlowPage({ params, searchParams }: { params: Params; searchParams: FlowSearchParams }) {
  return <ServerFlowPage flow="activate" page={pageFromSegment("activate", (await params).page)} searchParams={searchParams} />;
}
