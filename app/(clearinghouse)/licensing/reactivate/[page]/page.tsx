// The later pages of Reactivate a license server: /licensing/reactivate/<page> (server-flows.ts lists them).
import { ServerFlowPage, flowMetadata, pageFromSegment, type FlowSearchParams } from "@/components/licensing/server-flow/server-flow-page";

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return flowMetadata("reactivate", pageFromSegment("reactivate", (await params).page));
}

export default async function ReactivateFlowPage({ params, searchParams }: { params: Params; searchParams: FlowSearchParams }) {
  return <ServerFlowPage flow="reactivate" page={pageFromSegment("reactivate", (await params).page)} searchParams={searchParams} />;
}
