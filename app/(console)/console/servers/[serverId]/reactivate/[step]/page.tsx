// One page of the Reactivate Server Wizard (`/reactivate/<slug>`, slugs from LIFECYCLE_STEPS in lib/console/lifecycle/steps.ts).
import { LifecycleStepPage, lifecycleMetadata, type LifecycleParams } from "@/components/console/lifecycle/lifecycle-step-page";

export async function generateMetadata({ params }: { params: LifecycleParams }) {
  return lifecycleMetadata("REACTIVATE_SERVER", params);
}

export default function ReactivateStepPage({ params }: { params: LifecycleParams }) {
  return <LifecycleStepPage kind="REACTIVATE_SERVER" params={params} />;
}
