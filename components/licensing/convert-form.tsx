"use client";
// Convert RDS CALs at the Clearinghouse: the web site's page (a visitor) and the Phone desk (an agent, for the
// caller) post the same fields to their own action (lib/clearinghouse/convert-actions.ts, lib/helpdesk/actions/phone.ts)
// and show the converted pack's license key pack ID to type (or read back) into the console.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { GroupedId } from "@/components/ui/grouped-id";
import { CopyButton } from "@/components/ui/copy-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";

type Values = { licenseServerId: string; sourceLicenseKeyPackId: string; count: string };

export function ConvertForm({ action, defaults, readBack }: { action: FormAction<{ licenseKeyPackId: string; description: string }>; defaults: Values; readBack?: boolean }) {
  const { form, formProps, summary, fieldError, submitting, success } = useActionForm<Values, { licenseKeyPackId: string; description: string }>({
    action,
    defaultValues: defaults,
  });
  const issued = success ? formatKeyPackId(success.licenseKeyPackId) : null;
  return (
    <>
      <form {...formProps} className="mt-6">
        <ErrorSummary {...summary} />
        <TextField id="licenseServerId" label="License Server ID" hint="35 digits, shown on the wizard's page." autoComplete="off" spellCheck={false} error={fieldError("licenseServerId")} {...form.register("licenseServerId")} />
        <TextField
          id="sourceLicenseKeyPackId"
          label="License key pack ID of the key pack to convert"
          hint="35 characters, shown on the wizard's page."
          autoComplete="off"
          spellCheck={false}
          error={fieldError("sourceLicenseKeyPackId")}
          {...form.register("sourceLicenseKeyPackId")}
        />
        <TextField id="count" label="Number of RDS CALs to convert" inputMode="numeric" autoComplete="off" error={fieldError("count")} {...form.register("count")} />
        <Button type="submit" className="mt-6" disabled={submitting}>
          Convert
        </Button>
      </form>
      {issued && success ? (
        <section role="status" aria-labelledby="converted-title" className="mt-8 rounded border-l-4 border-success bg-success-soft p-4">
          <h2 id="converted-title" className="text-xl">The converted key pack</h2>
          <p className="mt-2">{success.description}. {readBack ? "Read this license key pack ID back to the caller, group by group:" : "Type this license key pack ID into the Manage RDS CALs Wizard:"}</p>
          <p className="mt-2 text-lg tracking-wide break-all" id="converted-license-key-pack-id">
            <GroupedId value={issued} />
          </p>
          <CopyButton text={issued} label="Copy the license key pack ID" />
        </section>
      ) : null}
    </>
  );
}
