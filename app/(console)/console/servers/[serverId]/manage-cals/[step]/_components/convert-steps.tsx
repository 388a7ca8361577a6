// Convert RDS CALs' page bodies (the Manage RDS CALs wizard's third action): Select the Key Pack to Convert,
// Obtain Client License Key Pack (Automatic: the console asks the Clearinghouse; Web Browser or Telephone: the
// converted pack's ID typed), and the completing page. Server components; their forms are client components.
import { headers } from "next/headers";
import { ActionStepForm } from "@/components/console/action-step-form";
import { WizardFinish } from "@/components/console/wizard-finish";
import { GroupedId } from "@/components/ui/grouped-id";
import { getDb } from "@/lib/db";
import type { FinishedConversion, WizardContext } from "@/lib/console/queries";
import { installConvertedKeyPackForm, requestConvertedKeyPackForm, selectConvertKeyPackForm } from "@/lib/console/manage-cals/convert-actions";
import { findConvertiblePack, listConvertiblePacks } from "@/lib/console/manage-cals/convert-mutations";
import { readConversionAnswers } from "@/lib/console/convert-schemas";
import { describeConversion } from "@/lib/console/convert-labels";
import { licensingPageUrl } from "@/lib/console/licensing-link";
import { requestIsHttps } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { clearinghousePhone } from "@/lib/licensing/clearinghouse-phone";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { CopyButton } from "@/components/ui/copy-button";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { KeyPackForm } from "@/components/console/obtain-key-pack/key-pack-form";
import { calType, convertedCalType, licenseProgram, type CalType } from "@/lib/licensing/catalog";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { ConvertKeyPackForm } from "./convert-key-pack-form";

export async function ConvertKeyPackStep({ ctx, backHref }: { ctx: WizardContext; backHref: string | null }) {
  const packs = await listConvertiblePacks(await getDb(), ctx.server);
  const { keypackId, count } = readConversionAnswers(ctx.run?.answers);
  const options = packs.map((p) => ({
    value: String(p.keypackId),
    label: `Keypack ID ${p.keypackId}: ${calType(p.calType).label}, ${licenseProgram(p.licenseProgram).label}`,
    hint: `${p.available.toLocaleString("en-US")} of ${p.totalLicenses.toLocaleString("en-US")} available; converts to ${calType(convertedCalType(p.calType)).label}.`,
    disabled: p.available === 0,
  }));
  return (
    <>
      <p>
        Converting changes the type of a key pack&apos;s unissued RDS CALs: Per User CALs become Per Device CALs of the same version, and Per Device CALs become Per User CALs. The
        Microsoft Clearinghouse issues a new key pack for the converted RDS CALs, and the key pack you select keeps the rest.
      </p>
      {packs.length === 0 ? <p className="mt-4 font-semibold">No RDS CALs are installed on {ctx.server.name}: there is nothing to convert. Click Cancel.</p> : null}
      <ConvertKeyPackForm
        action={selectConvertKeyPackForm.bind(null, ctx.server.id)}
        backHref={backHref}
        options={options}
        defaults={{ keypackId: keypackId !== undefined ? String(keypackId) : null, count: count !== undefined ? String(count) : "" }}
      />
    </>
  );
}

export async function ConvertObtainStep({ ctx, backHref }: { ctx: WizardContext; backHref: string | null }) {
  const { keypackId, count } = readConversionAnswers(ctx.run?.answers);
  const pack = keypackId !== undefined ? await findConvertiblePack(await getDb(), ctx.server, keypackId) : null;
  if (!pack || count === undefined) return <p>Go Back and select the key pack to convert.</p>;
  const what = describeConversion(pack.calType, count);
  if (ctx.server.connectionMethod === "AUTOMATIC") {
    return (
      <>
        <p>
          The license server will connect to the Microsoft Clearinghouse to convert <strong>{what}</strong> (Keypack ID {pack.keypackId}). Click Next to continue.
        </p>
        <ActionStepForm action={requestConvertedKeyPackForm.bind(null, ctx.server.id)} backHref={backHref} />
      </>
    );
  }
  const licenseServerId = formatLicenseServerId(ctx.server.licenseServerId ?? "");
  const sourceId = formatKeyPackId(pack.licenseKeyPackId);
  const telephone = ctx.server.connectionMethod === "TELEPHONE";
  const h = await headers();
  const site = licensingPageUrl(
    "convert",
    { licenseServerId: ctx.server.licenseServerId ?? "", sourceLicenseKeyPackId: pack.licenseKeyPackId, count: String(count) },
    { configured: env().LICENSING_SITE_URL, host: h.get("host"), https: requestIsHttps(h) },
  );
  const phone = clearinghousePhone(ctx.server.telephoneCountry ?? ctx.server.countryRegion);
  return (
    <>
      <ProcedureFacts licenseServerId={licenseServerId} />
      <p>
        To convert <strong>{what}</strong>, {telephone ? "call the Microsoft Clearinghouse and read out" : "connect to the Remote Desktop Services Licensing Web site and enter"} the
        information below. The Clearinghouse gives the license key pack ID of the converted key pack.
      </p>
      <dl className="mt-4 space-y-4">
        <div>
          <dt className="font-semibold">License Server ID</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-3">
            <span id="license-server-id" className="text-lg tracking-wide"><GroupedId value={licenseServerId} /></span>
            <CopyButton text={licenseServerId} label="Copy the License Server ID" />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">License key pack ID of the key pack to convert (Keypack ID {pack.keypackId})</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-3">
            <span id="source-license-key-pack-id" className="text-lg tracking-wide break-all"><GroupedId value={sourceId} /></span>
            <CopyButton text={sourceId} label="Copy the license key pack ID" />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Number of RDS CALs to convert</dt>
          <dd className="mt-1" id="convert-count">{count.toLocaleString("en-US")}</dd>
        </div>
        {telephone ? (
          <div>
            <dt className="font-semibold">Microsoft Clearinghouse telephone number</dt>
            <dd className="mt-1">
              <span id="clearinghouse-phone" className="text-lg">{phone.number}</span> {phone.note ? <span className="text-muted">{phone.note}</span> : null}
              <p className="mt-1 text-sm text-muted">A fictional number: in this app the helpdesk&apos;s Phone desk answers it.</p>
            </dd>
          </div>
        ) : (
          <div>
            <dt className="font-semibold">Remote Desktop Services Licensing Web site</dt>
            <dd className="mt-1">
              <a href={site} target="_blank" rel="noopener" className="break-all">{site}<span className="sr-only"> (opens in a new tab)</span></a>
            </dd>
          </div>
        )}
      </dl>
      <KeyPackForm
        action={installConvertedKeyPackForm.bind(null, ctx.server.id)}
        backHref={backHref}
        hint={telephone ? "Enter the license key pack ID the Clearinghouse agent reads out, in the boxes provided." : "Enter the license key pack ID of the converted key pack shown on the Web site, in the boxes provided."}
      />
    </>
  );
}

export function ConvertCompletedStep({ serverName, run }: { serverName: string; run: FinishedConversion }) {
  const { outcome } = run.answers;
  if (!outcome) return <WizardFinish serverName={serverName} runId={run.id} />;
  const converted = outcome.totalLicenses;
  return (
    <>
      <p role="status" className="rounded border-l-4 border-success bg-success-soft p-3 font-semibold">
        The RDS CALs have been successfully converted.
      </p>
      <p className="mt-4">
        You have completed the Manage RDS CALs Wizard on license server {serverName}: {describeConversion(outcome.sourceCalType as CalType, converted)} (new Keypack ID {outcome.keypackId}).
        Key pack {outcome.sourceKeypackId} {outcome.sourceLeft === 0 ? "had no RDS CALs left and was removed" : `keeps ${outcome.sourceLeft.toLocaleString("en-US")} RDS CALs`}.
      </p>
      <WizardFinish serverName={serverName} runId={run.id} powershell={{ action: "convert", values: { keypackId: outcome.sourceKeypackId, count: converted } }} />
    </>
  );
}
