"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { DEFAULT_PROCEDURE } from "@/lib/procedure/catalog";
import { resolvePosition } from "@/lib/procedure/library-location";
import { useProcedure } from "./procedure-provider";

/** Which procedure the panel shows and where the person is in it: this page's address plus the facts it published. */
export function useProcedurePosition() {
  const pathname = usePathname();
  const search = useSearchParams();
  const server = search.get("server");
  const revoked = search.get("revoked");
  const context = useProcedure();
  const facts = context?.facts ?? {};
  return { ...resolvePosition(context?.procedure ?? DEFAULT_PROCEDURE, pathname, { server, revoked }, facts), facts };
}
