// The parts of a site's layout that hold the Procedure panel. ProcedureFrame: the provider, open or closed
// and on the procedure this browser left it at (read from the cookie, so the server renders it that way); the site's header puts
// <ProcedureToggle/> inside it. ProcedureColumns: the panel and the page beside it (the page keeps id="main"
// for the skip link).
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { DEFAULT_PROCEDURE, isProcedureId } from "@/lib/procedure/catalog";
import { isPanelOpen, PANEL_COOKIE, PROCEDURE_CHOICE_COOKIE } from "@/lib/procedure/panel-cookie";
import { ProcedurePanel } from "./procedure-panel";
import { ProcedureProvider } from "./procedure-provider";

export async function ProcedureFrame({ children }: { children: ReactNode }) {
  const jar = await cookies();
  const open = isPanelOpen(jar.get(PANEL_COOKIE)?.value);
  const chosen = jar.get(PROCEDURE_CHOICE_COOKIE)?.value;
  return (
    <ProcedureProvider initialOpen={open} initialProcedure={isProcedureId(chosen) ? chosen : DEFAULT_PROCEDURE}>
      {children}
    </ProcedureProvider>
  );
}

export function ProcedureColumns({ mainClassName, children }: { mainClassName: string; children: ReactNode }) {
  return (
    <div className="flex flex-1 flex-col lg:flex-row">
      <ProcedurePanel />
      <div id="main" className={`min-w-0 flex-1 ${mainClassName}`}>{children}</div>
    </div>
  );
}
