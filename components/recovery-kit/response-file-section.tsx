// The recovery kit's shortcut on the rebuild's Obtain Client License Key Pack page (docs/decisions/035):
// install the Web site's response file in one step, or get a kit of what this rebuild deleted.
import { installResponseFileForm } from "@/lib/console/recovery-kit/actions";
import { recoveryKitFileHref } from "@/lib/recovery-kit/paths";
import { ResponseFileForm } from "./response-file-form";

export function ResponseFileSection({ serverId, runId }: { serverId: string; runId: string }) {
  return (
    <section aria-labelledby="response-file-heading" className="mt-8 rounded border border-accent bg-surface p-4">
      <h2 id="response-file-heading" className="text-lg">Use a response file</h2>
      <p className="mt-1">
        If you used a recovery kit on the Remote Desktop Services Licensing Web site, choose or paste the response file it gave you:
        every license key pack ID in it is installed at once, with the same checks as one typed in the boxes.
      </p>
      <p className="mt-1 text-sm">
        No recovery kit yet? <a href={recoveryKitFileHref(serverId, runId)} download>Download a recovery kit of the key packs this rebuild deleted</a>.
      </p>
      <ResponseFileForm action={installResponseFileForm.bind(null, serverId)} />
    </section>
  );
}
