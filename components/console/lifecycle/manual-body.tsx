// The page of the Web Browser and Telephone methods: License Server Activation (Activate and Reactivate
// Server: the Product ID to give, the web site's address as a link and QR code, or the Clearinghouse's number
// for the country chosen and what to read out, then the boxes for the license server ID) and License Server
// Deactivation (the Product ID and License Server ID to give, then the confirmation code).
import { headers } from "next/headers";
import { LicensingSiteQr } from "@/components/console/licensing-site-qr";
import { CopyButton } from "@/components/ui/copy-button";
import { GroupedId } from "@/components/ui/grouped-id";
import { requestIsHttps } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { OPTION_LABELS, type ServerFlowOption } from "@/lib/clearinghouse/select-options";
import { countryName } from "@/lib/countries/names";
import { connectionMethodLabel, type ConnectionMethod } from "@/lib/licensing/catalog";
import { clearinghousePhone } from "@/lib/licensing/clearinghouse-phone";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { formatProductId } from "@/lib/licensing/product-id";
import { enterConfirmationCodeForm, enterLicenseServerIdForm } from "@/lib/console/lifecycle/actions";
import { licensingPageUrl } from "@/lib/console/licensing-link";
import type { LifecycleKind } from "@/lib/console/lifecycle/steps";
import type { LifecycleContext } from "@/lib/console/queries";
import { IdEntryForm } from "./id-entry-form";

/** The web site's option (and its pages, /licensing/<option>) for each wizard. */
const SITE_OPTION: Record<LifecycleKind, ServerFlowOption> = { ACTIVATE_SERVER: "activate", REACTIVATE_SERVER: "reactivate", DEACTIVATE_SERVER: "deactivate" };

export async function ManualBody({ kind, ctx, method, backHref }: { kind: LifecycleKind; ctx: LifecycleContext; method: ConnectionMethod; backHref: string | null }) {
  const h = await headers();
  const productId = formatProductId(ctx.server.productId);
  const licenseServerId = ctx.server.licenseServerId ? formatLicenseServerId(ctx.server.licenseServerId) : null;
  const site = { page: SITE_OPTION[kind], option: OPTION_LABELS[SITE_OPTION[kind]] };
  const params: Record<string, string> = { productId: ctx.server.productId };
  if (kind === "DEACTIVATE_SERVER" && ctx.server.licenseServerId) params.licenseServerId = ctx.server.licenseServerId;
  const url = licensingPageUrl(site.page, params, { configured: env().LICENSING_SITE_URL, host: h.get("host"), https: requestIsHttps(h) });
  const answers = ctx.run?.answers ?? {};
  const phone = clearinghousePhone(answers.telephoneCountry);
  const deactivating = kind === "DEACTIVATE_SERVER";
  const what = deactivating ? "the confirmation code" : "the license server ID";

  const siteBlock = (
    <div className="mt-4 flex flex-col gap-6 lg:flex-row">
      <div className="flex-1">
        <p className="font-semibold">Remote Desktop Services Licensing Web site</p>
        <p className="mt-1">
          <a href={url} target="_blank" rel="noopener" className="break-all">
            {url}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
        <p className="mt-1 text-sm text-muted">
          If this computer does not have Internet connectivity, open this address on a computer that does, or scan the QR code with a
          phone. Select {site.option}, enter the information asked for, and type {what} the site gives you below.
        </p>
      </div>
      <LicensingSiteQr url={url} />
    </div>
  );

  return (
    <>
      <p>Connection method: {connectionMethodLabel(method)}.</p>
      <dl className="mt-4 grid gap-x-4 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Product ID</dt>
        <dd className="flex flex-wrap items-center gap-3">
          <span id="product-id" className="text-lg tracking-wide"><GroupedId value={productId} /></span>
          <CopyButton text={productId} label="Copy the Product ID" />
        </dd>
        {deactivating && licenseServerId ? (
          <>
            <dt className="font-semibold">License Server ID</dt>
            <dd className="flex flex-wrap items-center gap-3">
              <span id="license-server-id" className="text-lg tracking-wide"><GroupedId value={licenseServerId} /></span>
              <CopyButton text={licenseServerId} label="Copy the License Server ID" />
            </dd>
          </>
        ) : null}
      </dl>
      {method === "TELEPHONE" ? (
        <section aria-labelledby="telephone-heading" className="mt-6">
          <h2 id="telephone-heading" className="text-lg">Call the Microsoft Clearinghouse</h2>
          <p className="mt-2">
            For {countryName(answers.telephoneCountry) || "your country or region"}, call{" "}
            <strong className="whitespace-nowrap">{phone.number}</strong>
            {phone.note ? ` ${phone.note}` : ""}. Give the agent:
          </p>
          <ul className="mt-2 list-disc pl-6">
            <li>the Product ID above{deactivating ? " and the License Server ID" : ""};</li>
            {/* The wizard asks no company information by telephone: the agent takes it (../shared/DOMAIN.md). */}
            {kind === "ACTIVATE_SERVER" ? <li>your company information: your first and last name, company, and country or region;</li> : null}
            {kind === "REACTIVATE_SERVER" && answers.reason ? <li>the reason: {answers.reason};</li> : null}
            {deactivating ? <li>your name, e-mail address and, if you like, phone number.</li> : null}
          </ul>
          <p className="mt-2">The agent reads out {what}: type it in the boxes below.</p>
          <p role="note" className="mt-4 rounded border-l-4 border-accent bg-accent-soft p-3">
            In this app the helpdesk&apos;s Phone desk answers this number: a signed-in agent chooses {site.option}, enters what you
            read out and reads {what} back. The Web site&apos;s {site.option} page gives the same {deactivating ? "code" : "ID"}.
          </p>
          {siteBlock}
        </section>
      ) : (
        siteBlock
      )}
      {deactivating ? (
        <IdEntryForm name="confirmationCode" action={enterConfirmationCodeForm.bind(null, ctx.server.id)} backHref={backHref} />
      ) : (
        <IdEntryForm name="licenseServerId" action={enterLicenseServerIdForm.bind(null, ctx.server.id, kind)} backHref={backHref} />
      )}
    </>
  );
}
