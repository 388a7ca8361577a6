// The Action menu's Deactivate Server: opens the Deactivate Server Wizard where this server's open run is, or at Welcome. Reads
// only: the run starts on Welcome's Next.
import { redirectToLifecycleRun } from "@/components/console/lifecycle/lifecycle-step-page";

export default async function DeactivatePage({ params }: { params: Promise<{ serverId: string }> }) {
  return redirectToLifecycleRun("DEACTIVATE_SERVER", params);
}
