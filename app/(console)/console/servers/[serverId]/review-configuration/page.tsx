// Review Configuration: the License Server ID, where the database lives, and whether the server is ready.
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { buttonClass } from "@/components/ui/button";
import { ServerIdentity } from "@/components/console/server-identity";
import { formatDate } from "@/lib/format/date";
import { getServerConfiguration } from "@/lib/console/queries";
import { consoleServerHref, serverHref } from "@/lib/console/urls";
import { serverReadiness } from "@/lib/console/wizard-rules";
import { wizardKindHref } from "@/lib/console/wizard-kinds";
import { connectionMethodLabel } from "@/lib/licensing/catalog";

export const metadata = { title: "Review Configuration" };

/** The command each problem links to, by its menu name. */
const FIX_LABELS = { ACTIVATE_SERVER: "Activate Server", INSTALL_LICENSES: "Install Licenses", MANAGE_CALS: "Manage RDS CALs" } as const;

export default async function ReviewConfigurationPage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const server = await getServerConfiguration(await requireVisibleServer(serverId));
  if (!server) notFound();
  const readiness = serverReadiness({ activated: server.activated, keyPacks: server._count.keyPacks, rebuildPending: !!server.activeWizard?.deletedAt });
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="mx-auto max-w-3xl rounded border border-line bg-surface p-6 shadow-md">
        <h1 className="text-2xl">{server.name} Configuration</h1>
        <ServerIdentity licenseServerId={server.licenseServerId} productId={server.productId}>
          <dt className="font-semibold">Database location</dt>
          <dd className="font-mono">{server.databaseLocation}</dd>
          <dt className="font-semibold">Activation status</dt>
          <dd>{server.activated ? `Activated${server.activatedAt ? ` on ${formatDate(server.activatedAt)}` : ""}` : "Not activated"}</dd>
          <dt className="font-semibold">Connection method</dt>
          <dd>
            {connectionMethodLabel(server.connectionMethod)} (<Link href={serverHref(server.id, "properties")}>change in Properties</Link>)
          </dd>
          <dt className="font-semibold">Installed key packs</dt>
          <dd>{server._count.keyPacks}</dd>
        </ServerIdentity>
        <div role="status" className={`mt-6 rounded border-l-4 p-3 ${readiness.ready ? "border-success bg-success-soft" : "border-warning bg-warning-soft"}`}>
          {readiness.ready ? (
            <p className="font-semibold">This license server is ready to issue RDS CALs.</p>
          ) : (
            <>
              <p className="font-semibold">This license server is not ready to issue RDS CALs.</p>
              <ul className="mt-1 list-disc pl-5">
                {readiness.items.map((item) => (
                  <li key={item.message}>
                    {item.message} <Link href={wizardKindHref(server.id, item.fix)}>{FIX_LABELS[item.fix]}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="mt-8 flex justify-end border-t border-line pt-4">
          <Link href={consoleServerHref(server.name)} className={buttonClass("primary")}>OK</Link>
        </div>
      </div>
    </main>
  );
}
