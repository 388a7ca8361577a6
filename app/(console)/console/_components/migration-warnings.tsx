// A source license server's warning after a migration it was not available for (docs/decisions/025): the
// RDS CALs it still holds of each migrated purchase, to remove by hand. It goes once they are removed.
import { KeyPackTable } from "@/components/console/key-pack-table";
import { buttonClass } from "@/components/ui/button";
import { removeMigratedCals } from "@/lib/console/manage-cals/migrate-actions";
import type { MigrationWarning } from "@/lib/console/queries";

export function MigrationWarnings({ serverId, serverName, warnings }: { serverId: string; serverName: string; warnings: readonly MigrationWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="migration-warning-title" className="mt-4 rounded border-l-4 border-warning bg-warning-soft p-3">
      <h2 id="migration-warning-title" className="text-lg">RDS CALs to remove from this license server</h2>
      {warnings.map((w) => (
        <div key={w.id} className="mt-2">
          <p>
            These RDS CALs were migrated to <strong>{w.targetName}</strong> while {serverName} was not available on the network, so they were not removed from it.
            Remove them: the same RDS CALs must not stay installed on both license servers.
          </p>
          <div className="mt-2">
            <KeyPackTable rows={w.packs} caption={`RDS CALs migrated to ${w.targetName}, still installed on ${serverName}`} withLicenseKeyPackId />
          </div>
          <form action={removeMigratedCals.bind(null, serverId, w.id)} className="mt-2">
            <button type="submit" className={buttonClass("secondary")}>Remove these RDS CALs from {serverName}</button>
          </form>
        </div>
      ))}
    </section>
  );
}
