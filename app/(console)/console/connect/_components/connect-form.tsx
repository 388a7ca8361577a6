"use client";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ConnectInput } from "@/lib/console/schemas";
import type { FormAction } from "@/lib/forms/form-state";

export function ConnectForm({ action, cancelHref }: { action: FormAction; cancelHref: string }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<ConnectInput>({
    action,
    schema: () => import("@/lib/console/schemas").then((m) => m.connectSchema),
    defaultValues: { serverName: "", account: "" }, fields: ["serverName", "account"],
  });
  return (
    <form {...formProps} className="mt-4">
      <ErrorSummary {...summary} />
      <TextField id="serverName" label="License server" hint="For example LS-CONTOSO-01." error={fieldError("serverName")} autoComplete="off" spellCheck={false} {...form.register("serverName")} />
      <TextField id="account" label="Connect as" optional hint="Another account, as DOMAIN\user name. Leave it empty to connect with your own." error={fieldError("account")} autoComplete="username" spellCheck={false} {...form.register("account")} />
      <div className="mt-6 flex justify-end gap-2 border-t border-line pt-4">
        <Button type="submit" disabled={submitting}>OK</Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
