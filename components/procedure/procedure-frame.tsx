// The part of a site's layout that holds the Procedure panel: the provider (open or closed as this browser
// left it, read from the cookie so the server renders it that way), the panel, and the page beside it.
// The toggle goes in the site's header (<ProcedureToggle/>), inside this frame.
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { isPanelOpen, PANEL_COOKIE } from "@/lib/procedure/panel-cookie";
import { ProcedureProvider } from "./procedure-provider";

export async function ProcedureFrame({ children }: { children: ReactNode }) {
  const open = isPanelOpen((await cookies()).get(PANEL_COOKIE)?.value);
  return <ProcedureProvider initialOpen={open}>{children}</ProcedureProvider>;
}
