// The migration's page bodies (Migrate RDS CALs from another license server to this license server):
// Source License Server Information's defaults, the reminder, the note on Obtain Client License Key Pack,
// and the completing page. Server components; their forms are client components beside them.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { KeyPackTable } from "@/components/console/key-pack-table";
import { GroupedId } from "@/components/ui/grouped-id";
import type { FinishedMigration, WizardContext } from "@/lib/console/queries";
import { findSourceServer, listKeyPackRows } from "@/lib/console/queries";
import { findVisibleServer } from "@/lib/practice/visibility";
import { confirmMigrateReminderForm, installMigrationKeyPackForm, saveMigrateSourceForm } from "@/lib/console/manage-cals/migrate-actions";
import { describeKeyPackLines, readMigrationAnswers } from "@/lib/console/migrate-schemas";
import { consoleServerHref } from "@/lib/console/urls";
import { SOURCE_OPERATING_SYSTEMS } from "@/lib/licensing/catalog";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { MigrateReminderForm } from "./migrate-reminder-form";
import { MigrateSourceForm } from "./migrate-source-form";
import { ObtainKeyPackStep } from "./obtain-key-pack-step";

export function MigrateSourceStep({ ctx, backHref }: { ctx: WizardContext; backHref: string | null }) {
  const { source } = readMigrationAnswers(ctx.run?.answers);
  const defaults = {
    sourceName: source?.sourceName ?? "",
    notAvailable: source ? !source.available : false,
    operatingSystem: source?.operatingSystem ?? "",
    sourceLicenseServerId: source && !source.available ? (source.sourceLicenseServerId ?? "") : "",
  };
  return <MigrateSourceForm action={saveMigrateSourceForm.bind(null, ctx.server.id)} backHref={backHref} defaults={defaults} operatingSystems={SOURCE_OPERATING_SYSTEMS} />;
}

export async function MigrateReminderStep({ ctx, backHref }: { ctx: WizardContext; backHref: string | null }) {
  const { source } = readMigrationAnswers(ctx.run?.answers);
  if (!source) return null;
  // The source named in the run's answers: read only if this browser may see it (a practice server may have expired).
  const sourceServer = source.sourceServerId ? await findVisibleServer(source.sourceServerId) : null;
  const rows = sourceServer ? await listKeyPackRows(sourceServer) : [];
  return (
    <>
      {source.available ? (
        <p>
          When you install the license key pack ID on the next page, this console removes the RDS CALs of that purchase from the source license server{" "}
          <strong>{source.sourceName}</strong>, in the same step. The RDS CALs must not stay installed on both license servers.
        </p>
      ) : (
        <p>
          The source license server <strong>{source.sourceName}</strong> is not available on the network, so this console cannot remove the RDS CALs from it.
          You must remove the migrated RDS CALs from it yourself (or make sure it never runs again as a license server): the same RDS CALs must not stay installed
          on both license servers.
        </p>
      )}
      {source.sourceServerId ? (
        <div className="mt-4">
          <KeyPackTable rows={rows} caption={`RDS CALs installed on ${source.sourceName} now`} withLicenseKeyPackId empty={`No RDS CALs are installed on ${source.sourceName}.`} />
        </div>
      ) : null}
      <MigrateReminderForm action={confirmMigrateReminderForm.bind(null, ctx.server.id)} backHref={backHref} askRemoveByHand={!source.available} defaultChecked={false} />
    </>
  );
}

export async function MigrateObtainStep({ ctx, backHref }: { ctx: WizardContext; backHref: string | null }) {
  const { source } = readMigrationAnswers(ctx.run?.answers);
  const sourceId = source?.sourceLicenseServerId ?? null;
  const note = (
    <div className="mt-2 rounded border border-line bg-accent-soft p-3">
      <p>
        On the Web site, choose the reason <strong>{ctx.run?.reason ?? "for migration"}</strong> and enter the License Server ID of the source license server{" "}
        <strong>{source?.sourceName}</strong> as the Source License Server ID:
      </p>
      {sourceId ? (
        <p className="mt-1 text-lg tracking-wide" id="source-license-server-id">
          <GroupedId value={formatLicenseServerId(sourceId)} />
        </p>
      ) : null}
    </div>
  );
  return <ObtainKeyPackStep ctx={ctx} backHref={backHref} install={installMigrationKeyPackForm} note={note} />;
}

export async function MigrateCompletedStep({ serverName, run }: { serverName: string; run: FinishedMigration }) {
  const { source, outcome } = run.answers;
  if (!source || !outcome) return <p>The RDS CALs were migrated to {serverName}.</p>;
  const sourceServer = source.sourceServerId ? await findSourceServer({ licenseServerId: source.sourceLicenseServerId ?? "" }) : null;
  return (
    <>
      <p>
        You have completed the Manage RDS CALs Wizard. The RDS CALs were migrated from <strong>{source.sourceName}</strong> to <strong>{serverName}</strong> (Keypack ID{" "}
        {outcome.keypackId}).
      </p>
      {source.available ? (
        <p className="mt-3">
          {outcome.removed.length
            ? `Removed from ${source.sourceName}: ${describeKeyPackLines(outcome.removed)}.`
            : `${source.sourceName} held no RDS CALs of this purchase, so nothing was removed from it.`}
        </p>
      ) : (
        <div role="status" className="mt-3 rounded border-l-4 border-warning bg-warning-soft p-3">
          <p className="font-semibold">The RDS CALs were not removed from {source.sourceName}: it was not available on the network.</p>
          <p className="mt-1">
            Remove them by hand:{" "}
            {outcome.byHand?.length
              ? describeKeyPackLines(outcome.byHand)
              : `the RDS CALs of this purchase that it holds (the license key pack ID installed on ${serverName} is of the same purchase)`}
            .
          </p>
          {sourceServer ? (
            <p className="mt-1">
              <a href={consoleServerHref(sourceServer.name)}>Open {sourceServer.name} in the console</a>: it shows a warning until they are removed.
            </p>
          ) : null}
        </div>
      )}
      <p className="mt-4">To close this wizard, click Finish.</p>
      <div className="mt-8 flex justify-end border-t border-line pt-4">
        <Link href={consoleServerHref(serverName, run.id)} className={buttonClass("primary")}>Finish</Link>
      </div>
    </>
  );
}
