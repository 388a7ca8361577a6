"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldAria, inputClass, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInForm } from "@/lib/helpdesk/actions/session";
import type { SignInInput } from "@/lib/helpdesk/sign-in-schema";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const { form, formProps, carried, summary, fieldError, submitting } = useActionForm<SignInInput, undefined>({
    action: signInForm,
    schema: () => import("@/lib/helpdesk/sign-in-schema").then((m) => m.signInSchema),
    defaultValues: { email: "", password: "", returnTo },
    idPrefix: "sign-in-",
    carry: ["returnTo"],
  });
  return (
    <form {...formProps} className="mt-6 rounded-lg border border-line bg-surface p-6 shadow-sm">
      {carried}
      <ErrorSummary {...summary} />
      <Field id="sign-in-email" label="E-mail address" error={fieldError("email")} className="mt-0">
        <input {...form.register("email")} {...fieldAria("sign-in-email", fieldError("email"))} type="email" autoComplete="username" spellCheck={false} className={inputClass} />
      </Field>
      <Field id="sign-in-password" label="Password" error={fieldError("password")}>
        <input {...form.register("password")} {...fieldAria("sign-in-password", fieldError("password"))} type="password" autoComplete="current-password" className={inputClass} />
      </Field>
      <Button type="submit" className="mt-6" disabled={submitting}>
        {submitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
