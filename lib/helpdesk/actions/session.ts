"use server";
// Sign-in and sign-out. Sign-in is the one helpdesk action that needs no session.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { formAction, plainAction } from "@/lib/actions/client";
import { publicAccess, staff } from "@/lib/actions/guards";
import { fail } from "@/lib/forms/action-result";
import { recordAudit } from "@/lib/audit";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { deleteSessionCookie, readDeviceCookieValue, setDeviceCookieValue, setSessionCookie } from "@/lib/auth/cookie";
import { invalidateSession } from "@/lib/auth/sessions";
import { authenticateStaff } from "@/lib/auth/sign-in";
import { safeReturnTo } from "@/lib/auth/return-to";
import { describeWait } from "@/lib/rate-limit";
import { signInSchema } from "../schemas";
import { formatTime } from "@/lib/format/date";

/** What the sign-in <form> posts to. Its per-account and per-address limits are sign-in's own (lib/auth/sign-in.ts). */
export const signInForm = formAction({ name: "signIn", guard: publicAccess, schema: signInSchema }, async ({ input }) => {
  const now = new Date();
  const result = await authenticateStaff(await getDb(), { ...input, clientAddress: clientAddressFrom(await headers()), deviceCookie: await readDeviceCookieValue() }, now);
  if (!result.ok) {
    switch (result.reason) {
      case "invalid":
        return fail({}, "The e-mail address or password is not right. Check both and try again.");
      case "deactivated":
        return fail({}, "This account is deactivated. Ask a supervisor to reactivate it.");
      case "rate-limited":
        return fail(
          {},
          `Too many sign-in attempts. Sign-in is paused for this account or network: try again ${describeWait(now, result.retryAt)} (after ${formatTime(result.retryAt)}).` +
            (result.scope === "unknown-browsers" ? " A browser that signed in to this account before can still sign in." : ""),
        );
    }
  }
  await setSessionCookie(result.token, result.createdAt);
  await setDeviceCookieValue(result.device.value, result.device.expiresAt);
  redirect(safeReturnTo(input.returnTo));
});

/** The header's Sign out button (a form posting nothing; without a session the guard sends it to sign-in). */
export const signOut = plainAction({ name: "signOut", guard: staff, refusal: () => undefined }, async ({ ctx: { sessionId, staff } }) => {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await invalidateSession(tx, sessionId);
    await recordAudit(tx, { actorId: staff.id, actorLabel: staff.email, action: "staff.signed_out", entityType: "StaffUser", entityId: staff.id });
  });
  await deleteSessionCookie();
  redirect("/helpdesk/sign-in?signed-out=1");
});
