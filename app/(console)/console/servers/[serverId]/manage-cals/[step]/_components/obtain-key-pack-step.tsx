// Obtain Client License Key Pack (seed steps 9 and 18): the License Server ID to copy, the address of the
// Remote Desktop Services Licensing Web site (a link carrying the ID, and the same link as a QR code for a
// phone: this computer has no Internet), and the license key pack ID entry.
import type { ReactNode } from "react";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/forms/action-result";
import { LicensingSiteQr } from "@/components/console/licensing-site-qr";
import { CopyButton } from "@/components/ui/copy-button";
import { KeyPackTable } from "@/components/console/key-pack-table";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { requestIsHttps } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import type { WizardContext } from "@/lib/console/queries";
import { licensingSiteUrl } from "@/lib/console/licensing-link";
import { installKeyPack } from "@/lib/console/wizard-actions";
import { KeyPackForm } from "./key-pack-form";
import { GroupedId } from "@/components/ui/grouped-id";

/**
 * `install` and `note`: the migration's page passes its own action (installMigrationKeyPack) and what to
 * tell the Web site (the migration reason and the Source License Server ID); the rebuild's uses the defaults.
 */
export async function ObtainKeyPackStep({
  ctx,
  backHref,
  install = installKeyPack,
  note,
}: {
  ctx: WizardContext;
  backHref: string | null;
  install?: (serverId: string, input: { licenseKeyPackId: string }) => Promise<ActionResult<unknown>>;
  note?: ReactNode;
}) {
  const h = await headers();
  // Only an activated server reaches this page (wizardBlocker), and an activated server has a License Server ID.
  const licenseServerId = ctx.server.licenseServerId ?? "";
  const url = licensingSiteUrl(licenseServerId, {
    configured: env().LICENSING_SITE_URL,
    // The Host and scheme server/index.mjs settled (TRUST_PROXY), not a client's X-Forwarded-Host.
    host: h.get("host"),
    https: requestIsHttps(h),
  });
  const formatted = formatLicenseServerId(licenseServerId);
  const installed = ctx.run?.installedKeyPacks ?? [];
  return (
    <>
      <ProcedureFacts licenseServerId={formatted} installedInRun={installed.length} />
      <p>To obtain a license key pack ID, connect to the Remote Desktop Services Licensing Web site and select Manage CALs.</p>
      {note}
      <div className="mt-4 flex flex-col gap-6 lg:flex-row">
        <dl className="flex-1 space-y-4">
          <div>
            <dt className="font-semibold">License Server ID</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-3">
              <span id="license-server-id" className="text-lg tracking-wide">
                <GroupedId value={formatted} />
              </span>
              <CopyButton text={formatted} label="Copy the License Server ID" />
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Remote Desktop Services Licensing Web site</dt>
            <dd className="mt-1">
              <a href={url} target="_blank" rel="noopener" className="break-all">
                {url}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
              <p className="mt-1 text-sm text-muted">
                If this computer does not have Internet connectivity, note this address and open it on a computer that does, or scan
                the QR code with a phone. Enter the License Server ID above as the Target License Server ID.
              </p>
            </dd>
          </div>
        </dl>
        <LicensingSiteQr url={url} />
      </div>
      <KeyPackForm action={install.bind(null, ctx.server.id)} backHref={backHref} />
      {installed.length ? (
        <div className="mt-8">
          <KeyPackTable rows={installed} caption="RDS CALs reinstalled so far in this rebuild" />
        </div>
      ) : null}
    </>
  );
}
