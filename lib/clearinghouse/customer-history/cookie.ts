// The history session's cookie (history.ts): httpOnly, SameSite=Lax, scoped to the Web site, an hour long,
// as the draft cookie (lib/clearinghouse/draft-cookie.ts). It holds a random token; the database its hash.
import "server-only";
import { cookies, headers } from "next/headers";
import { requestIsHttps } from "@/lib/auth/client-address";
import { SESSION_TTL_MS } from "./history";

const HISTORY_COOKIE = "rdls_history";

export async function readHistorySession(): Promise<string | null> {
  return (await cookies()).get(HISTORY_COOKIE)?.value ?? null;
}

/** Server actions only (Next refuses cookie writes while rendering). */
export async function writeHistorySession(session: string): Promise<void> {
  const secure = requestIsHttps(await headers());
  (await cookies()).set(HISTORY_COOKIE, session, { httpOnly: true, sameSite: "lax", path: "/licensing", maxAge: SESSION_TTL_MS / 1000, secure });
}
