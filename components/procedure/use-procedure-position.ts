"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { procedurePosition } from "@/lib/procedure/location";
import { useProcedure } from "./procedure-provider";

/** Where the person is in the procedure: this page's address plus the facts it published. */
export function useProcedurePosition() {
  const pathname = usePathname();
  const server = useSearchParams().get("server");
  const facts = useProcedure()?.facts ?? {};
  return { position: procedurePosition(pathname, { server }, facts), facts };
}
