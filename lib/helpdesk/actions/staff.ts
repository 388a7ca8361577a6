"use server";
// Staff accounts: supervisors only.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { fail, ok, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { requireSupervisor } from "@/lib/auth/guards";
import type { StaffIdentity } from "@/lib/auth/sessions";
import { insertStaffUser, updateStaffPassword, setStaffActive } from "../staff";
import { createStaffSchema, resetPasswordSchema, staffStatusSchema } from "../schemas";
import { formState } from "@/lib/forms/form-state";

export async function createStaff(input: unknown): Promise<ActionResult | undefined> {
  const { staff } = await requireSupervisor();
  const parsed = createStaffSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await insertStaffUser(await getDb(), staff, parsed.data);
  if (!outcome.ok) return fail(outcome.field ? { [outcome.field]: [outcome.message] } : {}, outcome.field ? undefined : outcome.message);
  redirect(`/helpdesk/staff/${outcome.id}?created=1`);
}

export async function deactivateStaff(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireSupervisor();
  return changeActive(staff, input, false);
}

export async function reactivateStaff(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireSupervisor();
  return changeActive(staff, input, true);
}

async function changeActive(staff: StaffIdentity, input: unknown, active: boolean): Promise<ActionResult<{ message: string }>> {
  const parsed = staffStatusSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "This account could not be read. Reload the page.");
  const outcome = await setStaffActive(await getDb(), staff, parsed.data.userId, active);
  refresh();
  if (!outcome.ok) return fail({}, outcome.message);
  return ok({ message: active ? "Account reactivated." : "Account deactivated; its sessions have ended." });
}

export async function resetStaffPassword(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireSupervisor();
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await updateStaffPassword(await getDb(), staff, parsed.data.userId, parsed.data.password);
  refresh();
  if (!outcome.ok) return fail({}, outcome.message);
  return ok({ message: "Password reset. Give it to the account holder in person; their sessions have ended." });
}

// The forms' actions (lib/forms/form-state.ts): what each page's <form> posts to.
export const createStaffForm = formState(createStaff);
export const deactivateStaffForm = formState(deactivateStaff);
export const reactivateStaffForm = formState(reactivateStaff);
export const resetStaffPasswordForm = formState(resetStaffPassword);
