// Remote Desktop Licensing Manager: the tree of license servers and, for the selected one
// (`?server=<name or id>`), its Action menu, installed key packs, issued CALs and event log. A practice
// server (this browser's own) also shows its purchases and Reset; the tree offers "Start a practice rebuild".
import { connection } from "next/server";
import { ActionMenu } from "@/components/console/server-menu";
import { ServerTree } from "@/components/console/server-tree";
import { consoleServerHref, viewMenuItems } from "@/lib/console/urls";
import { PracticeServerCard } from "@/components/practice/practice-server-card";
import { StartPracticeForm } from "@/components/practice/start-practice-form";
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { getRevocationNotice, getServerOverview, listLicenseServers, listMigrationWarnings } from "@/lib/console/queries";
import { env } from "@/lib/env";
import { isQueryableText } from "@/lib/forms/text";
import { getOwnPracticeServer, getPracticeCard } from "@/lib/practice/queries";
import { findVisibleServer } from "@/lib/practice/visibility";
import { AllServersTable } from "./_components/all-servers-table";
import { MigrationWarnings } from "./_components/migration-warnings";
import { RevocationNotice } from "./_components/revocation-notice";
import { ServerDetails } from "./_components/server-details";

export default async function ConsolePage({ searchParams }: { searchParams: Promise<{ server?: string | string[]; reset?: string; revoked?: string | string[]; finished?: string | string[] }> }) {
  await connection();
  const { server: raw, reset, revoked, finished } = await searchParams;
  // isQueryableText: a NUL in the link would make the lookup fail instead of finding nothing.
  const ref = isQueryableText(raw) && raw.trim() ? raw.trim() : null;
  const [servers, visible, own] = await Promise.all([listLicenseServers(), ref ? findVisibleServer(ref, true) : null, getOwnPracticeServer()]);
  const [selected, practice, migrationWarnings, revocation] = await Promise.all([
    visible ? getServerOverview(visible) : null,
    visible ? getPracticeCard(visible) : null,
    visible ? listMigrationWarnings(visible) : [],
    visible && isQueryableText(revoked) ? getRevocationNotice(visible, revoked) : null,
  ]);
  // Done for this person only: their own practice server's latest run, or the run Finish named in the link. A
  // shared server someone else rebuilt shows the procedure from step 3 (issue 31).
  const latest = selected?.wizardRuns[0];
  const finishedHere = latest?.status === "FINISHED" && (practice !== null || finished === latest.id);
  return (
    <main className="flex flex-1 flex-col md:flex-row">
      <ServerTree servers={servers} selectedId={selected?.id ?? null} footer={<StartPracticeForm ttlHours={env().PRACTICE_SERVER_TTL_HOURS} own={own?.name ?? null} />} />
      <section className="min-w-0 flex-1 p-6" aria-labelledby="console-title">
        <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
          <h1 id="console-title" className="text-2xl">Remote Desktop Licensing Manager</h1>
          <ActionMenu name="View" items={viewMenuItems(selected ? consoleServerHref(selected.name) : "/console")} />
        </div>
        {selected ? (
          <>
            <ProcedureFacts
              connectionMethod={selected.connectionMethod}
              rebuildFinished={finishedHere && latest?.action !== "MIGRATE" && latest?.action !== "CONVERT"}
              migrationFinished={finishedHere && latest?.action === "MIGRATE"}
              conversionFinished={finishedHere && latest?.action === "CONVERT"}
            />
            {practice ? (
              <div className="mt-4">
                <PracticeServerCard card={practice} wasReset={reset === "1"} />
              </div>
            ) : null}
            {revocation ? <RevocationNotice notice={revocation} /> : null}
            <MigrationWarnings serverId={selected.id} serverName={selected.name} warnings={migrationWarnings} />
            <ServerDetails server={selected} />
          </>
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
