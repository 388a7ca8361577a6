// One page of the Activate Server Wizard (`/activate/<slug>`, slugs from LIFECYCLE_STEPS in lib/console/lifecycle/steps.ts).
import { LifecycleStepPage, lifecycleMetadata, type LifecycleParams } from "@/components/console/lifecycle/lifecycle-step-page";

export async function generateMetadata({ params }: { params: LifecycleParams }) {
  return lifecycleMetadata("ACTIVATE_SERVER", params);
}

export default function ActivateStepPage({ params }: { params: LifecycleParams }) {
  return <LifecycleStepPage kind="ACTIVATE_SERVER" params={params} />;
}
