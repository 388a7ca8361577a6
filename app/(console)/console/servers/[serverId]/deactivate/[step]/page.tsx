// One page of the Deactivate Server Wizard (`/deactivate/<slug>`, slugs from LIFECYCLE_STEPS in lib/console/lifecycle/steps.ts).
import { LifecycleStepPage, lifecycleMetadata, type LifecycleParams } from "@/components/console/lifecycle/lifecycle-step-page";

export async function generateMetadata({ params }: { params: LifecycleParams }) {
  return lifecycleMetadata("DEACTIVATE_SERVER", params);
}

export default function DeactivateStepPage({ params }: { params: LifecycleParams }) {
  return <LifecycleStepPage kind="DEACTIVATE_SERVER" params={params} />;
}
