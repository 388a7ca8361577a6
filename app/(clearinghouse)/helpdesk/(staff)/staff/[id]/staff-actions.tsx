"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { deactivateStaffForm, reactivateStaffForm, resetStaffPasswordForm } from "@/lib/helpdesk/actions/staff";
import { PASSWORD_MIN } from "@/lib/helpdesk/password-policy";

export function StaffActions({ userId, active, isSelf, sessions }: { userId: string; active: boolean; isSelf: boolean; sessions: number }) {
  const status = useActionForm<{ userId: string }, { message: string }>({
    action: active ? deactivateStaffForm : reactivateStaffForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.staffStatusSchema),
    defaultValues: { userId },
    idPrefix: "status-",
    carry: ["userId"],
  });
  const reset = useActionForm<{ userId: string; password: string }, { message: string }>({
    action: resetStaffPasswordForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.resetPasswordSchema),
    defaultValues: { userId, password: "" },
    idPrefix: "reset-",
    carry: ["userId"],
    onSuccess: () => reset.form.reset({ userId, password: "" }),
  });
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-2">
      <section aria-labelledby="status-heading" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
        <h2 id="status-heading" className="text-lg">{active ? "Deactivate" : "Reactivate"}</h2>
        <form {...status.formProps} className="mt-2">
          {status.carried}
          <ErrorSummary {...status.summary} />
          <p>
            {active
              ? `A deactivated account cannot sign in, and its ${sessions} open session${sessions === 1 ? "" : "s"} end at once.`
              : "The account can sign in again with its password."}
          </p>
          {isSelf && active ? <p className="mt-2 text-muted">You cannot deactivate your own account.</p> : null}
          <Button type="submit" variant={active ? "danger" : "primary"} className="mt-3" disabled={status.submitting || (isSelf && active)}>
            {active ? "Deactivate account" : "Reactivate account"}
          </Button>
          <p role="status" className="mt-2 text-success empty:hidden">{status.success?.message}</p>
        </form>
      </section>
      <section aria-labelledby="reset-heading" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
        <h2 id="reset-heading" className="text-lg">Reset password</h2>
        <form {...reset.formProps} className="mt-2">
          {reset.carried}
          <ErrorSummary {...reset.summary} />
          <Field id="reset-password" label="New password" hint={`At least ${PASSWORD_MIN} characters. Open sessions end.`} error={reset.fieldError("password")} className="mt-0">
            <input {...reset.form.register("password")} {...fieldAria("reset-password", reset.fieldError("password"), "hint")} type="password" autoComplete="new-password" className={inputClass} />
          </Field>
          <Button type="submit" className="mt-3" disabled={reset.submitting}>Reset password</Button>
          <p role="status" className="mt-2 text-success empty:hidden">{reset.success?.message}</p>
        </form>
      </section>
    </div>
  );
}
