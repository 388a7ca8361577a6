// Obtain Client License Key Pack of the rebuild and of the migration (seed steps 9 and 18): the shared page
// (components/console/obtain-key-pack) by Web Browser or Telephone, with the key packs reinstalled so far in this run.
import type { ReactNode } from "react";
import type { FormAction } from "@/lib/forms/form-state";
import { KeyPackTable } from "@/components/console/key-pack-table";
import { ObtainKeyPackPanel } from "@/components/console/obtain-key-pack/obtain-key-pack-panel";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import type { WizardContext } from "@/lib/console/queries";
import { installKeyPackForm } from "@/lib/console/manage-cals/actions";

/**
 * `install` and `note`: the migration's page passes its own action (installMigrationKeyPackForm) and what to
 * tell the Web site (the migration reason and the Source License Server ID); the rebuild's uses the defaults.
 */
export function ObtainKeyPackStep({
  ctx,
  backHref,
  install = installKeyPackForm,
  note,
}: {
  ctx: WizardContext;
  backHref: string | null;
  install?: (serverId: string, previous: unknown, payload: FormData) => ReturnType<FormAction>;
  note?: ReactNode;
}) {
  const installed = ctx.run?.installedKeyPacks ?? [];
  return (
    <ObtainKeyPackPanel
      licenseServerId={ctx.server.licenseServerId ?? ""}
      method={ctx.server.connectionMethod === "TELEPHONE" ? "TELEPHONE" : "WEB_BROWSER"}
      countryRegion={ctx.server.countryRegion}
      siteOption="manage-cals"
      action={install.bind(null, ctx.server.id)}
      backHref={backHref}
      note={note}
    >
      <ProcedureFacts installedInRun={installed.length} />
      {installed.length ? (
        <div className="mt-8">
          <KeyPackTable rows={installed} caption="RDS CALs reinstalled so far in this rebuild" />
        </div>
      ) : null}
    </ObtainKeyPackPanel>
  );
}
