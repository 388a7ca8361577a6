// Obtain Client License Key Pack, for every wizard that shows it (Manage RDS CALs' rebuild, seed steps 9 and
// 18, and Install Licenses): the License Server ID to copy; by Web Browser the address of the Remote Desktop
// Services Licensing Web site (a link carrying the ID and the option to choose, and the same link as a QR
// code for a phone: this computer has no Internet); by Telephone the Clearinghouse's (fictional) number for
// the server's country or region and what to read out; then the license key pack ID boxes. One component,
// so both wizards show the same page (docs/decisions/023).
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { LicensingSiteQr } from "@/components/console/licensing-site-qr";
import { CopyButton } from "@/components/ui/copy-button";
import { GroupedId } from "@/components/ui/grouped-id";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { requestIsHttps } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import type { FormAction } from "@/lib/forms/form-state";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { clearinghousePhone } from "@/lib/licensing/clearinghouse-phone";
import { OPTION_LABELS } from "@/lib/clearinghouse/select-options";
import { licensingSiteUrl, type SiteOptionParam } from "@/lib/console/licensing-link";
import { KeyPackForm } from "./key-pack-form";


export interface ObtainKeyPackPanelProps {
  licenseServerId: string;
  method: "WEB_BROWSER" | "TELEPHONE";
  /** The server's Country/Region (Properties), which decides the telephone number. */
  countryRegion: string | null;
  /** The Select Option option the person chooses on the Web site. */
  siteOption: SiteOptionParam;
  action: FormAction;
  backHref: string | null;
  /** What else to tell the Web site, above the details (the migration's reason and source). */
  note?: ReactNode;
  /** What the wizard installed so far, under the form. */
  children?: ReactNode;
}

export async function ObtainKeyPackPanel({ licenseServerId, method, countryRegion, siteOption, action, backHref, note, children }: ObtainKeyPackPanelProps) {
  const formatted = formatLicenseServerId(licenseServerId);
  return (
    <>
      <ProcedureFacts licenseServerId={formatted} />
      {method === "TELEPHONE" ? (
        <p>To obtain a license key pack ID, call the Microsoft Clearinghouse and read out the information below. The agent reads the license key pack ID back to you.</p>
      ) : (
        <p>To obtain a license key pack ID, connect to the Remote Desktop Services Licensing Web site and select {OPTION_LABELS[siteOption]}.</p>
      )}
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
          {method === "TELEPHONE" ? <TelephoneDetails countryRegion={countryRegion} siteOption={siteOption} /> : <WebSiteLink licenseServerId={licenseServerId} siteOption={siteOption} />}
        </dl>
        {method === "WEB_BROWSER" ? <QrCode licenseServerId={licenseServerId} siteOption={siteOption} /> : null}
      </div>
      <KeyPackForm action={action} backHref={backHref} hint={method === "TELEPHONE" ? "Enter the license key pack ID the Clearinghouse agent reads out, in the boxes provided." : undefined} />
      {children}
    </>
  );
}

async function siteUrl(licenseServerId: string, siteOption: SiteOptionParam) {
  const h = await headers();
  return licensingSiteUrl(licenseServerId, {
    configured: env().LICENSING_SITE_URL,
    // The Host and scheme server/index.mjs settled (TRUST_PROXY), not a client's X-Forwarded-Host.
    host: h.get("host"),
    https: requestIsHttps(h),
    option: siteOption,
  });
}

async function WebSiteLink({ licenseServerId, siteOption }: { licenseServerId: string; siteOption: SiteOptionParam }) {
  const url = await siteUrl(licenseServerId, siteOption);
  return (
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
  );
}

async function QrCode({ licenseServerId, siteOption }: { licenseServerId: string; siteOption: SiteOptionParam }) {
  return <LicensingSiteQr url={await siteUrl(licenseServerId, siteOption)} />;
}

function TelephoneDetails({ countryRegion, siteOption }: { countryRegion: string | null; siteOption: SiteOptionParam }) {
  const phone = clearinghousePhone(countryRegion);
  return (
    <>
      <div>
        <dt className="font-semibold">Microsoft Clearinghouse telephone number</dt>
        <dd className="mt-1">
          <span id="clearinghouse-phone" className="text-lg">{phone.number}</span> {phone.note ? <span className="text-muted">{phone.note}</span> : null}
          <p className="mt-1 text-sm text-muted">A fictional number for practice: the number depends on the Country/Region in this server&apos;s Properties.</p>
        </dd>
      </div>
      <div>
        <dt className="font-semibold">What to read out</dt>
        <dd className="mt-1">
          <ol className="list-decimal space-y-1 pl-6">
            <li>The License Server ID above, one group of five digits at a time.</li>
            <li>Your company name and country or region.</li>
            <li>The License Program and the license code or agreement number from your purchase documentation.</li>
            <li>The type of RDS CAL and the quantity{siteOption === "manage-cals" ? " to reinstall" : " to install"}.</li>
          </ol>
          <p role="note" className="mt-2 rounded border-l-4 border-accent bg-accent-soft p-2 text-sm">
            In this app the helpdesk&apos;s Phone desk answers this number: a signed-in agent chooses{" "}
            {OPTION_LABELS[siteOption]}, enters what you read out and reads the
            license key pack ID back.
          </p>
        </dd>
      </div>
    </>
  );
}
