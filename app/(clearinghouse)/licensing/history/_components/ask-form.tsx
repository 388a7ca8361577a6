"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { askForHistoryForm } from "@/lib/clearinghouse/customer-history/actions";

export function AskForm() {
  const { form, formProps, summary, fieldError, submitting, success } = useActionForm<{ email: string }, { message: string }>({ action: askForHistoryForm, schema: () => import("@/lib/clearinghouse/customer-history/schemas").then((m) => m.historyEmailSchema), defaultValues: { email: "" } });
  return (
    <form {...formProps} className="mt-6">
      <ErrorSummary {...summary} />
      <TextField id="email" label="E-mail address" hint="The address you gave on the Company information page." type="email" autoComplete="email" error={fieldError("email")} {...form.register("email")} />
      <Button type="submit" className="mt-4" disabled={submitting}>Send the link</Button>
      <p role="status" className="mt-3 text-success empty:hidden">{success?.message}</p>
    </form>
  );
}
