// The visitor's Manage CALs draft is found through an httpOnly cookie holding the draft's id (a random
// UUID: knowing it is what makes the draft, its result and its receipt yours). SameSite=Lax keeps it off
// cross-site posts; scoped to /licensing, so the console and the helpdesk never see it.
import "server-only";
import { cookies, headers } from "next/headers";
import { requestIsHttps } from "@/lib/auth/client-address";
import { DRAFT_COOKIE } from "./steps";

const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function readDraftId(cookie: string = DRAFT_COOKIE): Promise<string | null> {
  const value = (await cookies()).get(cookie)?.value;
  return value && UUID.test(value) ? value : null;
}

/**
 * Only server actions and route handlers may call this (Next refuses cookie writes while rendering).
 * `cookie`: Manage CALs' by default; Activate / Reactivate / Deactivate a license server have one each.
 */
export async function writeDraftId(draftId: string, cookie: string = DRAFT_COOKIE): Promise<void> {
  // Secure when served over HTTPS (behind a proxy too); plain http://localhost keeps working.
  const secure = requestIsHttps(await headers());
  (await cookies()).set(cookie, draftId, { httpOnly: true, sameSite: "lax", path: "/licensing", maxAge: MAX_AGE_SECONDS, secure });
}
