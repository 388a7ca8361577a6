"use client";
// Source License Server Information: the source's name or IP address and, when the check box says it is not
// available on the network, its operating system and License Server ID (checked as it is typed).
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, SelectField, TextField } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { ID_LENGTH } from "@/lib/licensing/groups";
import { parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { MIGRATE_MESSAGES, NOT_AVAILABLE_LABEL } from "@/lib/console/migrate-labels";

type Values = { sourceName: string; notAvailable: boolean; operatingSystem: string; sourceLicenseServerId: string };

export function MigrateSourceForm({
  action,
  backHref,
  defaults,
  operatingSystems,
}: {
  action: FormAction;
  backHref: string | null;
  defaults: Values;
  operatingSystems: readonly string[];
}) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({
    action,
    schema: () => import("@/lib/console/migrate-schemas").then((m) => m.migrateSourceSchema),
    defaultValues: defaults,
    fields: ["sourceName", "notAvailable", "operatingSystem", "sourceLicenseServerId"],
  });
  const notAvailable = form.watch("notAvailable") === true;
  const id = form.controlled("sourceLicenseServerId");
  const typedCheck = id.value.length >= ID_LENGTH ? parseLicenseServerId(id.value) : null;
  const idError = fieldError("sourceLicenseServerId") ?? (typedCheck && !typedCheck.ok ? MIGRATE_MESSAGES.sourceLicenseServerId[typedCheck.error] : undefined);
  const nameError = fieldError("sourceName");
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>Enter the name or IP address of the license server the RDS CALs are migrated from.</p>
      <TextField id="sourceName" label="Source license server name or IP address" hint="For example LS-OLD-01 or 10.0.0.12." error={nameError} type="text" autoComplete="off" spellCheck={false} {...form.register("sourceName")} />
      <div className="mt-5 flex items-start gap-2">
        <input type="checkbox" id="notAvailable" {...form.register("notAvailable")} aria-describedby="notAvailable-hint" className="mt-1 h-4 w-4" />
        <div>
          <label htmlFor="notAvailable" className="font-semibold">{NOT_AVAILABLE_LABEL}</label>
          <p id="notAvailable-hint" className="text-sm text-muted">
            Select this when the source license server is switched off, gone, or cannot be reached from this license server. You then remove the RDS CALs from it yourself.
          </p>
        </div>
      </div>
      {notAvailable ? (
        <>
          <SelectField id="operatingSystem" label="Operating system of the source license server" error={fieldError("operatingSystem")} {...form.register("operatingSystem")}>
            <option value="">Select an operating system</option>
            {operatingSystems.map((os) => (
              <option key={os} value={os}>
                {os}
              </option>
            ))}
          </SelectField>
          <Field
            id="sourceLicenseServerId"
            label="License Server ID of the source license server"
            hint="35 digits in 7 groups of 5, shown in the source license server's Properties or on a printout of them."
            error={idError}
          >
            <GroupedIdInput
              id="sourceLicenseServerId"
              name="sourceLicenseServerId"
              onBlur={id.onBlur}
              label="License Server ID of the source license server"
              alphabet="digits"
              value={id.value}
              onChange={id.onChange}
              invalid={Boolean(idError)}
              describedBy={fieldAria("sourceLicenseServerId", idError, "hint")["aria-describedby"]}
            />
          </Field>
        </>
      ) : null}
      <WizardButtons backHref={backHref} pending={submitting} />
    </form>
  );
}
