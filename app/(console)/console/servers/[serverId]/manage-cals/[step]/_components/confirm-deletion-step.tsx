import { KeyPackTable } from "@/components/console/key-pack-table";
import { PrintButton } from "@/components/console/print-button";
import { buttonClass } from "@/components/ui/button";
import type { WizardContext } from "@/lib/console/queries";
import { listKeyPackRows } from "@/lib/console/queries";
import { sumRows } from "@/lib/console/key-pack-rows";
import { keyPackCsvHref } from "@/lib/console/urls";
import { confirmDeletionForm } from "@/lib/console/manage-cals/actions";
import { ConfirmDeletionForm } from "./confirm-deletion-form";

export async function ConfirmDeletionStep({ ctx, backHref }: { ctx: WizardContext; backHref: string | null }) {
  const rows = await listKeyPackRows(ctx.server);
  const totals = sumRows(rows);
  return (
    <>
      <p>
        Rebuilding the RD Licensing database deletes the RDS CALs listed below from license server <strong>{ctx.server.name}</strong>
        {rows.length ? `: ${rows.length} key pack${rows.length === 1 ? "" : "s"} with ${totals.total} licenses, ${totals.issued} of them issued` : ""}. After the
        database is rebuilt, you must reinstall your RDS CALs. Keep this list with your RDS CAL purchase agreement documentation.
      </p>
      <div className="mt-4">
        <KeyPackTable rows={rows} caption="RDS CALs that will be deleted" withLicenseKeyPackId empty="No RDS CALs are installed on this license server. Nothing will be deleted." />
      </div>
      {rows.length ? (
        <p className="mt-3 flex flex-wrap gap-2 print:hidden">
          <a href={keyPackCsvHref(ctx.server.id)} download className={buttonClass("secondary")}>Download the list (CSV)</a>
          <PrintButton label="Print the list" />
        </p>
      ) : null}
      <ConfirmDeletionForm action={confirmDeletionForm.bind(null, ctx.server.id)} backHref={backHref} />
    </>
  );
}
