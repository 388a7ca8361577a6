import { connection } from "next/server";
import { connectionMethodLabel } from "@/lib/licensing/catalog";
import { listLicenseServers } from "@/lib/console/queries";

export default async function ConsolePage() {
  await connection();
  const servers = await listLicenseServers();
  return (
    <main className="flex flex-1">
      <nav aria-label="License servers" className="w-72 border-r border-line bg-surface p-3">
        <p className="font-semibold">All Servers</p>
        <ul className="mt-2 space-y-1 pl-4">
          {servers.map((s) => (
            <li key={s.id}>
              {s.name}{" "}
              <span className="text-sm text-muted">
                ({s.activated ? "Activated" : "Not activated"}, {connectionMethodLabel(s.connectionMethod)})
              </span>
            </li>
          ))}
        </ul>
      </nav>
      <section className="flex-1 p-6">
        <h1 className="text-2xl">Remote Desktop Licensing Manager</h1>
        <p className="mt-2 text-muted">Select a license server to see its installed RDS CALs.</p>
      </section>
    </main>
  );
}
