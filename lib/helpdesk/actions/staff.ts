"use server";
// Staff accounts: supervisors only.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/client";
import { supervisor } from "@/lib/actions/guards";
import { getDb } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import type { StaffIdentity } from "@/lib/auth/sessions";
import { insertStaffUser, updateStaffPassword, setStaffActive } from "../staff";
import { createStaffSchema, resetPasswordSchema, staffStatusSchema } from "../schemas";

export const createStaffForm = formAction({ name: "createStaff", guard: supervisor, schema: createStaffSchema }, async ({ ctx, input }) => {
  const outcome = await insertStaffUser(await getDb(), ctx.staff, input);
  if (!outcome.ok) return fail(outcome.field ? { [outcome.field]: [outcome.message] } : {}, outcome.field ? undefined : outcome.message);
  redirect(`/helpdesk/staff/${outcome.id}?created=1`);
});

const UNREADABLE = "This account could not be read. Reload the page.";

export const deactivateStaffForm = formAction({ name: "deactivateStaff", guard: supervisor, schema: staffStatusSchema, invalid: UNREADABLE }, async ({ ctx, input }) =>
  changeActive(ctx.staff, input.userId, false),
);

export const reactivateStaffForm = formAction({ name: "reactivateStaff", guard: supervisor, schema: staffStatusSchema, invalid: UNREADABLE }, async ({ ctx, input }) =>
  changeActive(ctx.staff, input.userId, true),
);

async function changeActive(staff: StaffIdentity, userId: string, active: boolean): Promise<ActionResult<{ message: string }>> {
  const outcome = await setStaffActive(await getDb(), staff, userId, active);
  refresh();
  if (!outcome.ok) return fail({}, outcome.message);
  return ok({ message: active ? "Account reactivated." : "Account deactivated; its sessions have ended." });
}

export const resetStaffPasswordForm = formAction({ name: "resetStaffPassword", guard: supervisor, schema: resetPasswordSchema }, async ({ ctx, input }): Promise<ActionResult<{ message: string }>> => {
  const outcome = await updateStaffPassword(await getDb(), ctx.staff, input.userId, input.password);
  refresh();
  if (!outcome.ok) return fail({}, outcome.message);
  return ok({ message: "Password reset. Give it to the account holder in person; their sessions have ended." });
});
