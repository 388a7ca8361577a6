// The web site's first page of Activate a license server (components/licensing/server-flow/server-flow-page.tsx).
import { ServerFlowPage, flowMetadata, type FlowSearchParams } from "@/components/licensing/server-flow/server-flow-page";

export const metadata = flowMetadata("activate", "details");

export default function ActivateDetailsPage({ searchParams }: { searchParams: FlowSearchParams }) {
  return <ServerFlowPage flow="activate" page="details" searchParams={searchParams} />;
}
