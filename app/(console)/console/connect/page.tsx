// View → Connect (docs/decisions/037): connect the console to a license server by name.
import { connection } from "next/server";
import { PowerShellDisclosure } from "@/components/console/powershell-disclosure";
import { ServerTree } from "@/components/console/server-tree";
import { connectToServerForm } from "@/lib/console/connect-actions";
import { listLicenseServers } from "@/lib/console/queries";
import { ConnectForm } from "./_components/connect-form";

export const metadata = { title: "Connect to License Server" };

export default async function ConnectPage() {
  await connection();
  const servers = await listLicenseServers();
  return (
    <main className="flex flex-1 flex-col md:flex-row">
      <ServerTree servers={servers} selectedId={null} />
      <section className="min-w-0 flex-1 p-6" aria-labelledby="connect-title">
        <div className="max-w-2xl rounded border border-line bg-surface p-6 shadow-md">
          <h1 id="connect-title" className="text-2xl">Connect to License Server</h1>
          <p className="mt-2">Type the name or IP address of the license server you want to manage.</p>
          <ConnectForm action={connectToServerForm} cancelHref="/console" />
          <PowerShellDisclosure action="connect" />
        </div>
      </section>
    </main>
  );
}
