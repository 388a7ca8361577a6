// Obtain Client License Key Pack of the rebuild (seed steps 9 and 18): the shared page
// (components/console/obtain-key-pack) by Web Browser, the rebuild's only method, with the key packs
// reinstalled so far in this run.
import { KeyPackTable } from "@/components/console/key-pack-table";
import { ObtainKeyPackPanel } from "@/components/console/obtain-key-pack/obtain-key-pack-panel";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import type { WizardContext } from "@/lib/console/queries";
import { installKeyPack } from "@/lib/console/wizard-actions";

export function ObtainKeyPackStep({ ctx, backHref }: { ctx: WizardContext; backHref: string | null }) {
  const installed = ctx.run?.installedKeyPacks ?? [];
  return (
    <ObtainKeyPackPanel licenseServerId={ctx.server.licenseServerId} method="WEB_BROWSER" countryRegion={null} siteOption="manage-cals" action={installKeyPack.bind(null, ctx.server.id)} backHref={backHref}>
      <ProcedureFacts installedInRun={installed.length} />
      {installed.length ? (
        <div className="mt-8">
          <KeyPackTable rows={installed} caption="RDS CALs reinstalled so far in this rebuild" />
        </div>
      ) : null}
    </ObtainKeyPackPanel>
  );
}
