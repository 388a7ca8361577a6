// The web site's first page of Reactivate a license server (components/licensing/server-flow/server-flow-page.tsx).
import { ServerFlowPage, flowMetadata, type FlowSearchParams } from "@/components/licensing/server-flow/server-flow-page";

export const metadata = flowMetadata("reactivate", "details");

export default function ReactivateDetailsPage({ searchParams }: { searchParams: FlowSearchParams }) {
  return <ServerFlowPage flow="reactivate" page="details" searchParams={searchParams} />;
}
