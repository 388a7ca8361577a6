import Link from "next/link";
import { EventLog } from "@/components/console/event-log";
import { IssuedCalsTable } from "@/components/console/issued-cals-table";
import { KeyPackTable } from "@/components/console/key-pack-table";
import { ActionMenu } from "@/components/console/server-menu";
import { serverStatus } from "@/components/console/server-tree";
import type { getServerOverview } from "@/lib/console/queries";
import { formatDateTime } from "@/lib/format/date";
import { serverHref, serverMenuItems } from "@/lib/console/urls";
import { wizardKindHref, wizardKindName } from "@/lib/console/wizard-kinds";
import { buttonClass } from "@/components/ui/button";

type Overview = NonNullable<Awaited<ReturnType<typeof getServerOverview>>>;

export function ServerDetails({ server }: { server: Overview }) {
  const run = server.activeWizard;
  return (
    <div className="mt-4 space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded border border-line bg-surface px-3 py-2">
        <div>
          <h2 className="text-xl">{server.name}</h2>
          <p className="text-sm text-muted">{serverStatus(server)}</p>
        </div>
        <ActionMenu items={serverMenuItems(server.id, server)} />
      </div>
      {!server.activated ? (
        <div role="status" className="rounded border-l-4 border-danger bg-danger-soft p-3">
          <p className="font-semibold">This license server is not activated.</p>
          <p className="mt-1">It can issue only temporary RDS CALs. Activate it to install and issue RDS CALs.</p>
          <p className="mt-2">
            <Link href={wizardKindHref(server.id, "ACTIVATE_SERVER")} className={buttonClass("primary")}>Activate Server</Link>
          </p>
        </div>
      ) : null}
      {run && run.kind !== "MANAGE_CALS" ? (
        <div role="status" className="rounded border-l-4 border-warning bg-warning-soft p-3">
          <p>The {wizardKindName(run.kind)} is open for this license server.</p>
          <p className="mt-1">
            <Link href={wizardKindHref(server.id, run.kind)}>Resume the {wizardKindName(run.kind)}</Link>
          </p>
        </div>
      ) : run ? (
        <div role="status" className="rounded border-l-4 border-warning bg-warning-soft p-3">
          {run.deletedAt ? (
            <p>
              A rebuild of the RD Licensing database is in progress: the RDS CALs of this license server were deleted on{" "}
              {formatDateTime(run.deletedAt)} and must be reinstalled.
            </p>
          ) : (
            <p>The Manage RDS CALs Wizard is open for this license server. No RDS CALs have been deleted yet.</p>
          )}
          <p className="mt-1">
            <Link href={serverHref(server.id, "manage-cals")}>Resume Manage RDS CALs</Link>
          </p>
        </div>
      ) : null}
      <section className="rounded border border-line bg-surface p-3">
        <KeyPackTable rows={server.keyPacks} caption={`Installed RDS CALs on ${server.name}`} />
      </section>
      <section className="rounded border border-line bg-surface p-3">
        <IssuedCalsTable serverId={server.id} rows={server.issuedCals} total={server._count.issuedCals} />
      </section>
      <section className="rounded border border-line bg-surface p-3">
        <EventLog rows={server.events} />
      </section>
    </div>
  );
}
