"use client";
// The scope of a CAL Usage report: all trusted domains, a domain or an organizational unit, with the name
// of the one chosen. Validation is the server action's (lib/console/reports/report-schemas.ts); what was typed stays.
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { CalUsageScopeKind } from "@/lib/console/reports/cal-usage-scope";

type Values = { scope: string; domain: string; organizationalUnit: string; requestKey: string };

export function CalUsageForm(props: {
  action: FormAction;
  scopes: readonly { value: CalUsageScopeKind; label: string }[];
  serverDomain: string;
  requestKey: string;
  cancelHref: string;
}) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({
    action: props.action,
    schema: () => import("@/lib/console/reports/report-schemas").then((m) => m.calUsageReportSchema),
    defaultValues: { scope: "ALL_TRUSTED_DOMAINS", domain: "", organizationalUnit: "", requestKey: props.requestKey },
    fields: ["scope", "domain", "organizationalUnit"],
  });
  const scope = form.watch("scope");
  return (
    <form {...formProps} className="mt-4">
      <ErrorSummary {...summary} />
      <input type="hidden" {...form.register("requestKey")} />
      <RadioGroup
        id="scope"
        legend="Scope"
        options={props.scopes.map((s) => ({
          value: s.value,
          label: s.label,
          hint: s.value === "ALL_TRUSTED_DOMAINS" ? `Every Per User CAL issued by this license server (a member of ${props.serverDomain}).` : undefined,
        }))}
        registration={form.register("scope")}
        error={fieldError("scope")}
      />
      {/* Both boxes stay on the page, so what was typed in one is kept while the other scope is tried. */}
      <div hidden={scope !== "DOMAIN"}>
        <TextField
          id="domain"
          label="Domain"
          hint="The NetBIOS name (CONTOSO) or the DNS name (contoso.com). Matched against the domain in each Per User CAL's Issued To name."
          error={fieldError("domain")}
          autoComplete="off"
          spellCheck={false}
          {...form.register("domain")}
        />
      </div>
      <div hidden={scope !== "ORGANIZATIONAL_UNIT"}>
        <TextField
          id="organizationalUnit"
          label="Organizational unit"
          hint="Its distinguished name, like OU=Sales,DC=contoso,DC=com. Users in organizational units under it are included."
          error={fieldError("organizationalUnit")}
          autoComplete="off"
          spellCheck={false}
          {...form.register("organizationalUnit")}
        />
      </div>
      <div className="mt-8 flex justify-end gap-2 border-t border-line pt-4">
        <Button type="submit" disabled={submitting}>Create Report</Button>
        <Link href={props.cancelHref} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
