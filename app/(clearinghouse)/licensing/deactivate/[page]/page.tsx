// The later pages of Deactivate a license server: /licensing/deactivate/<page> (server-flows.ts lists them).
import { ServerFlowPage, flowMetadata, pageFromSegment, type FlowSearchParams } from "@/components/licensing/server-flow/server-flow-page";

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return flowMetadata("deactivate", pageFromSegment("deactivate", (await params).page));
}

export default async function DeactivateFlowPage({ params, searchParams }: { params: Params; searchParams: FlowSearchParams }) {
  return <ServerFlowPage flow="deactivate" page={pageFromSegment("deactivate", (await params).page)} searchParams={searchParams} />;
}
