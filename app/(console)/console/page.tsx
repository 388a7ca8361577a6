// Remote Desktop Licensing Manager: the tree of license servers and, for the selected one
// (`?server=<name or id>`), its Action menu, installed key packs, issued CALs and event log.
import { connection } from "next/server";
import { ServerTree } from "@/components/console/server-tree";
import { getServerOverview, listLicenseServers } from "@/lib/console/queries";
import { isQueryableText } from "@/lib/forms/text";
import { AllServersTable } from "./_components/all-servers-table";
import { ServerDetails } from "./_components/server-details";

export default async function ConsolePage({ searchParams }: { searchParams: Promise<{ server?: string | string[] }> }) {
  await connection();
  const { server: raw } = await searchParams;
  // isQueryableText: a NUL in the link would make the lookup fail instead of finding nothing.
  const ref = isQueryableText(raw) && raw.trim() ? raw.trim() : null;
  const [servers, selected] = await Promise.all([listLicenseServers(), ref ? getServerOverview(ref) : null]);
  return (
    <main className="flex flex-1 flex-col md:flex-row">
      <ServerTree servers={servers} selectedId={selected?.id ?? null} />
      <section className="min-w-0 flex-1 p-6" aria-labelledby="console-title">
        <h1 id="console-title" className="text-2xl print:hidden">Remote Desktop Licensing Manager</h1>
        {selected ? (
          <ServerDetails server={selected} />
        ) : (
          <>
            {ref ? (
              <p role="status" className="mt-3 rounded border-l-4 border-warning bg-warning-soft p-3">No license server named {ref} was found.</p>
            ) : null}
            <p className="mt-2 text-muted">Select a license server to see its installed RDS CALs.</p>
            <AllServersTable servers={servers} />
          </>
        )}
      </section>
    </main>
  );
}
