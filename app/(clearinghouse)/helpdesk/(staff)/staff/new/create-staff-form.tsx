"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { createStaffSchema } from "@/lib/helpdesk/schemas";
import { createStaffForm } from "@/lib/helpdesk/actions/staff";
import { PASSWORD_MIN } from "@/lib/helpdesk/password-policy";
import type { z } from "zod";

type Input = z.input<typeof createStaffSchema>;

export function CreateStaffForm() {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Input, undefined>({
    action: createStaffForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.createStaffSchema),
    defaultValues: { name: "", email: "", role: "AGENT", password: "" },
    idPrefix: "staff-",
  });
  return (
    <form {...formProps} className="mt-6 max-w-xl rounded-lg border border-line bg-surface p-6 shadow-sm">
      <ErrorSummary {...summary} />
      <Field id="staff-name" label="Full name" error={fieldError("name")} className="mt-0">
        <input {...form.register("name")} {...fieldAria("staff-name", fieldError("name"))} autoComplete="off" className={inputClass} />
      </Field>
      <Field id="staff-email" label="E-mail address" error={fieldError("email")}>
        <input {...form.register("email")} {...fieldAria("staff-email", fieldError("email"))} type="email" autoComplete="off" spellCheck={false} className={inputClass} />
      </Field>
      <fieldset className="mt-5" aria-describedby={fieldError("role") ? "staff-role-error" : undefined}>
        <legend className="font-semibold">Role</legend>
        {fieldError("role") ? <p id="staff-role-error" className="text-sm font-semibold text-danger">{fieldError("role")}</p> : null}
        <label className="mt-1 flex items-center gap-2"><input {...form.register("role", "AGENT")} id="staff-role" type="radio" /> Agent: works the queue</label>
        <label className="mt-1 flex items-center gap-2"><input {...form.register("role", "SUPERVISOR")} type="radio" /> Supervisor: also manages staff accounts and entitlements, and sees the audit log</label>
        <label className="mt-1 flex items-center gap-2"><input {...form.register("role", "TRAINER")} type="radio" /> Trainer: runs classes on practice servers, nothing else</label>
      </fieldset>
      <Field id="staff-password" label="Initial password" hint={`At least ${PASSWORD_MIN} characters. Give it to the new colleague in person.`} error={fieldError("password")}>
        <input {...form.register("password")} {...fieldAria("staff-password", fieldError("password"), "hint")} type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <Button type="submit" className="mt-6" disabled={submitting}>Create account</Button>
    </form>
  );
}
