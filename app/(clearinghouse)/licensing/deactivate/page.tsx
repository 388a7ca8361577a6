// The web site's first page of Deactivate a license server (components/licensing/server-flow/server-flow-page.tsx).
import { ServerFlowPage, flowMetadata, type FlowSearchParams } from "@/components/licensing/server-flow/server-flow-page";

export const metadata = flowMetadata("deactivate", "details");

export default function DeactivateDetailsPage({ searchParams }: { searchParams: FlowSearchParams }) {
  return <ServerFlowPage flow="deactivate" page="details" searchParams={searchParams} />;
}
