// The Action menu's Reactivate Server: opens the Reactivate Server Wizard where this server's open run is, or at Welcome. Reads
// only: the run starts on Welcome's Next.
import { redirectToLifecycleRun } from "@/components/console/lifecycle/lifecycle-step-page";

export default async function ReactivatePage({ params }: { params: Promise<{ serverId: string }> }) {
  return redirectToLifecycleRun("REACTIVATE_SERVER", params);
}
