// The Action menu's Activate Server: opens the Activate Server Wizard where this server's open run is, or at Welcome. Reads
// only: the run starts on Welcome's Next.
import { redirectToLifecycleRun } from "@/components/console/lifecycle/lifecycle-step-page";

export default async function ActivatePage({ params }: { params: Promise<{ serverId: string }> }) {
  return redirectToLifecycleRun("ACTIVATE_SERVER", params);
}
