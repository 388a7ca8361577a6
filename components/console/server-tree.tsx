// The console tree: All Servers, one node per license server with its status. Each node has the server's
// commands as a context menu.
import Link from "next/link";
import type { ReactNode } from "react";
import { PracticeBadge } from "@/components/practice/practice-badge";
import { connectionMethodLabel, type ConnectionMethod } from "@/lib/licensing/catalog";
import { consoleServerHref, serverMenuItems } from "@/lib/console/urls";
import { ContextMenuArea } from "./server-menu";
import { ReportsNode, type TreeReports } from "./reports-node";

export interface TreeServer {
  id: string;
  name: string;
  activated: boolean;
  connectionMethod: ConnectionMethod;
  _count: { keyPacks: number; calUsageReports?: number };
  /** Set for a practice server (only its owner's browser lists it). */
  practiceExpiresAt?: Date | null;
}

export function serverStatus(server: { activated: boolean; connectionMethod: ConnectionMethod }): string {
  return server.activated ? `Activated, ${connectionMethodLabel(server.connectionMethod)}` : "Not activated";
}

/** The real tool's mark on a server's node: a check mark when activated, a cross when not; named for screen readers. */
function ActivationMark({ activated, hasCals }: { activated: boolean; hasCals: boolean }) {
  return (
    <span data-activation={activated ? "activated" : "not-activated"} className={`mr-1 inline-flex w-4 justify-center font-bold ${activated ? (hasCals ? "text-success" : "text-warning") : "text-danger"}`}>
      <span aria-hidden="true">{activated ? "✓" : "✕"}</span>
      <span className="sr-only">{activated ? "Activated:" : "Not activated:"}</span>
    </span>
  );
}

export function ServerTree({ servers, selectedId, footer, reports }: { servers: TreeServer[]; selectedId: string | null; footer?: ReactNode; reports?: TreeReports }) {
  return (
    <nav aria-label="License servers" className="border-line bg-surface p-3 md:w-64 md:shrink-0 md:border-r xl:w-72 print:hidden">
      <p className="font-semibold">
        <Link href="/console" aria-current={selectedId ? undefined : "page"} className="text-ink no-underline hover:underline">
          All Servers
        </Link>
      </p>
      <ul className="mt-2 space-y-2 border-l border-line pl-3">
        {servers.map((s) => {
          const selected = s.id === selectedId;
          return (
            <li key={s.id}>
              <ContextMenuArea label={`${s.name} commands`} items={serverMenuItems(s.id, s)}>
                <ActivationMark activated={s.activated} hasCals={s._count.keyPacks > 0} />
                <Link
                  href={consoleServerHref(s.name)}
                  aria-current={selected ? "page" : undefined}
                  className={`rounded px-1 ${selected ? "bg-accent-soft font-semibold text-ink no-underline" : "text-ink no-underline hover:underline"}`}
                >
                  {s.name}
                </Link>
                {s.practiceExpiresAt ? <PracticeBadge /> : null}
              </ContextMenuArea>
              <span className="block pl-5 text-sm text-muted">{serverStatus(s)}</span>
              {s._count.calUsageReports || reports?.serverId === s.id ? <ReportsNode serverId={s.id} reports={reports?.serverId === s.id ? reports : undefined} /> : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-xs text-muted">Right-click a server, or press Shift+F10 on it, for its commands.</p>
      {footer}
    </nav>
  );
}
