// The recovery kit on the console (docs/decisions/035-recovery-kit.md): on Confirm Deletion of RDS CALs, on
// Obtain Client License Key Pack (what the rebuild deleted) and on the server's Recovery Kit page. The file to
// take to the Web site, the same kit as QR codes for a phone (links to the Web site's "Use a recovery kit"
// page carrying it), and its text to copy.
import { headers } from "next/headers";
import QRCode from "qrcode";
import { buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { requestIsHttps } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { licensingPageUrl } from "@/lib/console/licensing-link";
import { recoveryKitFor } from "@/lib/console/recovery-kit/queries";
import type { VisibleServer } from "@/lib/practice/visibility";
import { documentText } from "@/lib/recovery-kit/format";
import { recoveryKitFileHref, USE_RECOVERY_KIT_PAGE } from "@/lib/recovery-kit/paths";
import { kitQrLinks } from "@/lib/recovery-kit/qr-links";

export async function RecoveryKitPanel({ server, runId, headingLevel = 2 }: { server: VisibleServer; runId?: string | null; headingLevel?: 2 | 3 }) {
  const found = await recoveryKitFor(server, runId);
  if (!found) return null;
  const Heading = `h${headingLevel}` as const;
  const { made } = found;
  if (!made.ok) {
    return (
      <section aria-labelledby="recovery-kit-heading" className="mt-6 print:hidden">
        <Heading id="recovery-kit-heading" className="text-lg">Recovery kit</Heading>
        <p className="mt-1 text-muted">{made.message}</p>
      </section>
    );
  }
  const { kit } = made;
  const h = await headers();
  const page = licensingPageUrl(USE_RECOVERY_KIT_PAGE, {}, { configured: env().LICENSING_SITE_URL, host: h.get("host"), https: requestIsHttps(h) });
  const links = kitQrLinks(kit, page);
  const codes = await Promise.all(links.map((link) => QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "L" })));
  const text = documentText(kit);
  const count = kit.packs.length;
  return (
    <section aria-labelledby="recovery-kit-heading" className="mt-6 rounded border border-accent bg-surface p-4">
      <Heading id="recovery-kit-heading" className="text-lg">Recovery kit</Heading>
      <p className="mt-1">
        Instead of typing each license key pack ID, take this recovery kit to the Remote Desktop Services Licensing Web site (Manage CALs,
        then Use a recovery kit). It lists the {count} key pack{count === 1 ? "" : "s"} {runId ? "deleted by this rebuild" : "installed on this license server"} and
        the License Server ID, signed by this license server, and contains no secret. The Web site returns one response file with every
        new license key pack ID; on Obtain Client License Key Pack, Use a response file installs them all at once.
      </p>
      <p className="mt-3 flex flex-wrap gap-2">
        <a href={recoveryKitFileHref(server.id, runId)} download className={buttonClass("secondary")}>Download the recovery kit</a>
        <CopyButton text={text} label="Copy the recovery kit" />
      </p>
      <div className="mt-4 flex flex-wrap gap-4">
        {codes.map((svg, i) => (
          <figure key={links[i]} className="text-center">
            <div
              role="img"
              aria-label={`QR code of the recovery kit${codes.length > 1 ? `, part ${i + 1} of ${codes.length}` : ""}`}
              className="mx-auto h-56 w-56 max-w-full bg-white"
              dangerouslySetInnerHTML={{ __html: svg }}
            />
            <figcaption className="mt-1 text-sm text-muted">
              {codes.length > 1 ? `Part ${i + 1} of ${codes.length}: scan each with a phone` : "Scan with a phone to open the Web site with the kit"}
            </figcaption>
          </figure>
        ))}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer">Show the recovery kit</summary>
        <pre className="mt-2 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded border border-line bg-chrome p-2 text-xs">{text}</pre>
      </details>
    </section>
  );
}
