// The guards every helpdesk page, server action and route handler calls first. Pages and actions are
// redirected (to sign-in, or to the "not allowed" page for an agent on a supervisor's page); route
// handlers get a 401/403 response to return.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { readSessionCookie } from "./cookie";
import { validateSessionToken, type ValidSession } from "./sessions";
import { signInHref } from "./return-to";

const FORBIDDEN_PATH = "/helpdesk/forbidden";

/** The signed-in staff member of this request, or null. One database read per request (React cache). */
export const getCurrentSession = cache(async (): Promise<ValidSession | null> => {
  return validateSessionToken(await getDb(), await readSessionCookie());
});

/** Where a trainer lands: their classes (the queue and the rest are agents' and supervisors' work). */
const TRAINER_HOME = "/helpdesk/classes";

/** Any signed-in staff member, trainers too. `returnTo`: the page to come back to after signing in. */
export async function requireSignedIn(options: { returnTo?: string } = {}): Promise<ValidSession> {
  const session = await getCurrentSession();
  if (!session) redirect(signInHref(options.returnTo));
  return session;
}

/** An agent or a supervisor: a trainer is sent to their classes (docs/decisions/036-classroom.md). */
export async function requireStaff(options: { returnTo?: string } = {}): Promise<ValidSession> {
  const session = await requireSignedIn(options);
  if (session.staff.role === "TRAINER") redirect(TRAINER_HOME);
  return session;
}

export async function requireSupervisor(options: { returnTo?: string } = {}): Promise<ValidSession> {
  const session = await requireStaff(options);
  if (session.staff.role !== "SUPERVISOR") redirect(FORBIDDEN_PATH);
  return session;
}

/** Classes and practice servers: trainers, and supervisors (who keep the trainer's view they had). */
export async function requireTrainer(options: { returnTo?: string } = {}): Promise<ValidSession> {
  const session = await requireSignedIn(options);
  if (session.staff.role === "AGENT") redirect(FORBIDDEN_PATH);
  return session;
}

export type RouteGuard = { ok: true; session: ValidSession } | { ok: false; response: Response };

/** For route handlers: the session, or the response to send instead. */
export async function guardRoute(role: "STAFF" | "SUPERVISOR" | "TRAINER"): Promise<RouteGuard> {
  const session = await getCurrentSession();
  if (!session) return { ok: false, response: new Response("Sign in to the helpdesk first.", { status: 401 }) };
  if (role === "TRAINER") {
    return session.staff.role === "AGENT" ? { ok: false, response: new Response("Only trainers and supervisors may do this.", { status: 403 }) } : { ok: true, session };
  }
  if (session.staff.role === "TRAINER") return { ok: false, response: new Response("Trainers may open their classes only.", { status: 403 }) };
  if (role === "SUPERVISOR" && session.staff.role !== "SUPERVISOR") {
    return { ok: false, response: new Response("Only supervisors may do this.", { status: 403 }) };
  }
  return { ok: true, session };
}
