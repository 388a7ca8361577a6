// The session cookie: httpOnly (no script reads it), SameSite=Lax (no cross-site posts carry it), Secure on
// https, and scoped to /helpdesk so the public sites never receive it. The device cookie (device-cookie.ts)
// likewise; it outlives sign-out on purpose: it is what makes this browser a known one at the next sign-in.
import "server-only";
import { cookies, headers } from "next/headers";
import { requestIsHttps } from "./client-address";
import { DEVICE_COOKIE_NAME } from "./device-cookie";
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE_NAME, SESSION_COOKIE_PATH } from "./session-token";

async function onHttps(): Promise<boolean> {
  return requestIsHttps(await headers());
}

export async function readSessionCookie(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE_NAME)?.value;
}

/** The cookie lives as long as the session could at most; the database decides the idle expiry. */
export async function setSessionCookie(token: string, sessionCreatedAt: Date) {
  (await cookies()).set(SESSION_COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await onHttps(),
    path: SESSION_COOKIE_PATH,
    expires: new Date(sessionCreatedAt.getTime() + SESSION_ABSOLUTE_MS),
  });
}

export async function deleteSessionCookie() {
  (await cookies()).set(SESSION_COOKIE_NAME, "", { httpOnly: true, sameSite: "lax", secure: await onHttps(), path: SESSION_COOKIE_PATH, maxAge: 0 });
}

export async function readDeviceCookieValue(): Promise<string | undefined> {
  return (await cookies()).get(DEVICE_COOKIE_NAME)?.value;
}

export async function setDeviceCookieValue(value: string, expiresAt: Date) {
  (await cookies()).set(DEVICE_COOKIE_NAME, value, { httpOnly: true, sameSite: "lax", secure: await onHttps(), path: SESSION_COOKIE_PATH, expires: expiresAt });
}
