"use client";
// A trainee joins a class: the class code (the join link fills it in) and the name the trainer will see.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";

type Values = { code: string; displayName: string };

export function JoinClassForm({ action, code }: { action: FormAction; code: string }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({
    action,
    schema: () => import("@/lib/practice/classroom-schemas").then((m) => m.joinClassSchema),
    defaultValues: { code, displayName: "" },
    idPrefix: "join-",
  });
  return (
    <form {...formProps} className="mt-6 max-w-md rounded-lg border border-line bg-surface p-6 shadow-sm">
      <ErrorSummary {...summary} />
      <Field id="join-code" label="Class code" hint="8 letters and digits, from your trainer" error={fieldError("code")} className="mt-0">
        <input
          {...form.register("code")}
          {...fieldAria("join-code", fieldError("code"), "hint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className={`${inputClass} font-mono uppercase`}
        />
      </Field>
      <Field id="join-displayName" label="Your name" hint="Shown to your trainer only" error={fieldError("displayName")}>
        <input {...form.register("displayName")} {...fieldAria("join-displayName", fieldError("displayName"), "hint")} autoComplete="given-name" className={inputClass} />
      </Field>
      <Button type="submit" className="mt-6" disabled={submitting}>Join the class</Button>
    </form>
  );
}
