// Who owns a practice server: a random id in an httpOnly cookie of this browser (SameSite=Lax, scoped to the
// console). Knowing it is what makes a practice server yours; nothing else identifies a trainee.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { requestIsHttps } from "@/lib/auth/client-address";
import { PRACTICE_COOKIE, PRACTICE_COOKIE_PATH } from "./cookie-name";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function readPracticeOwner(): Promise<string | null> {
  const value = (await cookies()).get(PRACTICE_COOKIE)?.value;
  return value && UUID.test(value) ? value : null;
}

/** The browser's owner id, made and set on first use. Only server actions and route handlers may call this. */
export async function ensurePracticeOwner(): Promise<string> {
  const existing = await readPracticeOwner();
  if (existing) return existing;
  const owner = randomUUID();
  const secure = requestIsHttps(await headers());
  (await cookies()).set(PRACTICE_COOKIE, owner, { httpOnly: true, sameSite: "lax", path: PRACTICE_COOKIE_PATH, maxAge: MAX_AGE_SECONDS, secure });
  return owner;
}
