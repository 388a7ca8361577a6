// Recovery Kit (the server's Action menu, docs/decisions/035-recovery-kit.md): the kit of the installed key
// packs at any time, to keep with the purchase records before anything is deleted.
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { buttonClass } from "@/components/ui/button";
import { RecoveryKitPanel } from "@/components/recovery-kit/kit-panel";
import { getServerProperties } from "@/lib/console/queries";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { consoleServerHref } from "@/lib/console/urls";

export const metadata = { title: "Recovery Kit" };

export default async function RecoveryKitPage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const visible = await requireVisibleServer(serverId);
  const server = await getServerProperties(visible);
  if (!server) notFound();
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="mx-auto max-w-3xl rounded border border-line bg-surface p-6 shadow-md">
        <h1 className="text-2xl">{server.name} Recovery Kit</h1>
        <p className="mt-2">
          Keep a recovery kit with your RDS CAL purchase agreement documentation. If the RD Licensing database is ever rebuilt, the
          Remote Desktop Services Licensing Web site re-issues every key pack in it at once.
        </p>
        <RecoveryKitPanel server={visible} />
        <div className="mt-8 flex justify-end border-t border-line pt-4">
          <Link href={consoleServerHref(server.name)} className={buttonClass("primary")}>OK</Link>
        </div>
      </div>
    </main>
  );
}
