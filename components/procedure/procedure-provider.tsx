"use client";
// Holds the Procedure panel's state for a site's layout: open or closed (remembered in a cookie), and the
// facts the current page tells it (<ProcedureFacts>), which the panel needs beyond the address: the value to
// copy, whether a key pack ID is being typed. Facts are kept per publishing component and per address, so a
// page that has gone (client navigation) never leaves stale facts behind.
import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import type { ProcedureId } from "@/lib/procedure/catalog";
import { owningProcedure } from "@/lib/procedure/library-location";
import type { ProcedureFacts as Facts } from "@/lib/procedure/location";
import { panelCookie, procedureChoiceCookie } from "@/lib/procedure/panel-cookie";

interface Published {
  pathname: string;
  facts: Facts;
}

interface ProcedureContextValue {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The procedure of the library the person chose (or last met on a page of its own). */
  procedure: ProcedureId;
  setProcedure: (id: ProcedureId) => void;
  facts: Facts;
  publish: (id: string, entry: Published | null) => void;
}

const ProcedureContext = createContext<ProcedureContextValue | null>(null);

export const PANEL_ID = "procedure-panel";

export function ProcedureProvider({ initialOpen, initialProcedure, children }: { initialOpen: boolean; initialProcedure: ProcedureId; children: ReactNode }) {
  const [open, setOpenState] = useState(initialOpen);
  const [procedure, setProcedureState] = useState(initialProcedure);
  const [entries, setEntries] = useState<Record<string, Published>>({});
  const pathname = usePathname();

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    document.cookie = panelCookie(next);
  }, []);

  const publish = useCallback((id: string, entry: Published | null) => {
    setEntries((all) => {
      const rest = Object.fromEntries(Object.entries(all).filter(([key]) => key !== id));
      return entry ? { ...rest, [id]: entry } : rest;
    });
  }, []);

  const facts = useMemo(
    () => Object.values(entries).filter((e) => e.pathname === pathname).reduce<Facts>((all, e) => ({ ...all, ...e.facts }), {}),
    [entries, pathname],
  );

  // A page of one procedure's own (a wizard page) makes it the chosen one, so the console's shared pages
  // that follow show the same procedure rather than jumping back (state adjusted while rendering, as React
  // recommends over an effect).
  const owner = owningProcedure(pathname, facts, procedure);
  if (owner && owner !== procedure) setProcedureState(owner);
  useEffect(() => {
    document.cookie = procedureChoiceCookie(procedure);
  }, [procedure]);

  const value = useMemo(() => ({ open, setOpen, procedure, setProcedure: setProcedureState, facts, publish }), [open, setOpen, procedure, facts, publish]);
  return <ProcedureContext value={value}>{children}</ProcedureContext>;
}

export function useProcedure(): ProcedureContextValue | null {
  return useContext(ProcedureContext);
}

/** Tells the panel what this page knows (rendered by pages; renders nothing; harmless without a panel). */
export function ProcedureFacts({ connectionMethod, rebuildFinished, migrationFinished, conversionFinished, keyPackIdEntered, keyPackIdFocused, installedInRun, licenseServerId, licenseKeyPackId, productId, wizardMethod, wizardAction, idEntryInUse }: Facts) {
  const context = useProcedure();
  const publish = context?.publish;
  const id = useId();
  const pathname = usePathname();
  // Published before the browser paints: after a client navigation the new page's counter is drawn with its
  // facts, never first without them (issue 18: the demos caught one-frame flashes of the wrong procedure).
  useLayoutEffect(() => {
    if (!publish) return;
    const facts = Object.fromEntries(
      Object.entries({ connectionMethod, rebuildFinished, migrationFinished, conversionFinished, keyPackIdEntered, keyPackIdFocused, installedInRun, licenseServerId, licenseKeyPackId, productId, wizardMethod, wizardAction, idEntryInUse }).filter(([, v]) => v !== undefined),
    ) as Facts;
    publish(id, { pathname, facts });
    return () => publish(id, null);
  }, [publish, id, pathname, connectionMethod, rebuildFinished, migrationFinished, conversionFinished, keyPackIdEntered, keyPackIdFocused, installedInRun, licenseServerId, licenseKeyPackId, productId, wizardMethod, wizardAction, idEntryInUse]);
  return null;
}
