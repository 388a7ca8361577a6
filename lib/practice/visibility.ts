// Which license servers this browser may see: the shared ones, and its own practice servers until they
// expire. Every read of one server goes through a VisibleServer, which only this module hands out: a page
// or an action asks once (findVisibleServer), and the reads of that server's rows (lib/console/queries.ts,
// report-queries.ts, …) take the VisibleServer, never a bare id. So a practice server of another browser, or
// an id a client made up, is never read: its console routes answer 404 and its server actions refuse.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { PracticeAccess, Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { isQueryableText } from "@/lib/forms/text";
import { readPracticeOwner } from "./owner-cookie";
import { visibleServersWhere } from "./plan";

declare const VISIBLE: unique symbol;

/** A license server this request's browser may see. Only this module makes one (the brand has no value). */
export interface VisibleServer {
  readonly id: string;
  readonly name: string;
  /** How the console reaches it (a practice scenario's server may refuse changes: lib/practice/access.ts). */
  readonly practiceAccess?: PracticeAccess;
  readonly [VISIBLE]: true;
}

/** The filter for reads of many servers (the console's list, a search by name). */
export async function visibleServers(now = new Date()): Promise<Prisma.LicenseServerWhereInput> {
  return visibleServersWhere(await readPracticeOwner(), now);
}

/**
 * The server `ref` names (its id, or with `byName` its name too), if this browser may see it; null for an
 * unknown id, another browser's practice server, an expired one, or anything a client posted that is not
 * an id. Once per request for each ref (React's cache: a page and its frame ask for the same server).
 */
export const findVisibleServer = cache(async (ref: unknown, byName = false): Promise<VisibleServer | null> => {
  if (!isQueryableText(ref)) return null;
  const db = await getDb();
  const match: Prisma.LicenseServerWhereInput = byName ? { OR: [{ name: ref }, { id: ref }] } : { id: ref };
  const server = await db.licenseServer.findFirst({ where: { AND: [match, await visibleServers()] }, select: { id: true, name: true, practiceAccess: true } });
  return server as VisibleServer | null;
});

/** For a console page or route of one server: the server, or the 404 page (another browser's server is not there). */
export async function requireVisibleServer(serverId: unknown): Promise<VisibleServer> {
  const server = await findVisibleServer(serverId);
  if (!server) notFound();
  return server;
}
