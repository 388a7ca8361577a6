"use client";
// License Information (Automatic connection). License Pack (Retail Purchase): License Codes, each checked by
// format as it is typed and added to a list with Add (Enter in the box adds too); a code already in the
// list is refused; Remove takes one out. Other programs: their agreement, enrollment, or license and
// authorization numbers. The form's values are its post's (the added codes in one field, the box's code in
// another), so the browser checks them with the schema the action parses the post with
// (licenseInformationFormSchema) before any round trip, and the server applies the same rules again on Next.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { GroupedId } from "@/components/ui/grouped-id";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass, TextField } from "@/components/ui/field";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { CredentialKind, LicenseProgram } from "@/lib/licensing/catalog";
import { addLicenseCode, licenseCodeTypingCheck } from "@/lib/licensing/license-code-list";

type Saved = { licenseCode?: string | null; licenseNumber?: string | null; authorizationNumber?: string | null; agreementNumber?: string | null };
/** `licenseCodes`: the added codes separated by spaces; `licenseCode`: the box's code, not added yet. */
type Values = { licenseCodes?: string; licenseCode?: string; licenseNumber?: string; authorizationNumber?: string; agreementNumber?: string };
const code = { autoComplete: "off", spellCheck: false, autoCapitalize: "characters" } as const;
const grouped = (c: string) => c.match(/.{1,5}/g)?.join("-") ?? c;

export function LicenseInformationForm(props: { program: LicenseProgram; programLabel: string; kind: CredentialKind; saved: Saved[]; action: FormAction; backHref: string | null }) {
  const retail = props.kind === "licenseCode";
  const [addError, setAddError] = useState<string>();
  const first = props.saved[0] ?? {};
  const defaults: Values = retail
    ? { licenseCodes: props.saved.map((s) => s.licenseCode ?? "").filter(Boolean).join(" "), licenseCode: "" }
    : props.kind === "openLicense"
      ? { licenseNumber: first.licenseNumber ?? "", authorizationNumber: first.authorizationNumber ?? "" }
      : { agreementNumber: first.agreementNumber ?? "" };
  const { form, formProps, summary, fieldError, submitting } = useActionForm<Values>({
    action: props.action,
    schema: () => import("@/lib/console/install-licenses-schemas").then((m) => m.licenseInformationFormSchema(props.program)),
    defaultValues: defaults,
  });
  const list = form.controlled("licenseCodes");
  const box = form.controlled("licenseCode");
  const codes = list.value.split(/\s+/).filter(Boolean);
  const typed = box.value;
  const setCodes = (next: string[]) => list.onChange(next.join(" "));

  function add() {
    const result = addLicenseCode(codes, typed);
    if (!result.ok) {
      setAddError(result.message);
      return;
    }
    setCodes(result.codes);
    box.onChange("");
    setAddError(undefined);
  }

  const live = retail && !addError ? licenseCodeTypingCheck(typed) : null;
  const codeError = addError ?? fieldError("licenseCodes");
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>
        License Program: <strong>{props.programLabel}</strong>. Enter the information from your purchase documentation.
      </p>
      {retail ? (
        <>
          <Field id="licenseCodes" label="License code" hint="25 letters and digits, in 5 groups of 5. Click Add for each License Pack; you can add several." error={codeError}>
            <div className="flex flex-wrap gap-2">
              <input
                {...fieldAria("licenseCodes", codeError, "hint")}
                {...code}
                aria-describedby={["licenseCodes-hint", codeError ? "licenseCodes-error" : null, "licenseCodes-check"].filter(Boolean).join(" ")}
                name="licenseCode"
                value={typed}
                onChange={(event) => {
                  box.onChange(event.target.value);
                  // The box's code is part of the list the form posts: its error clears as the code changes.
                  list.onChange(list.value);
                  setAddError(undefined);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    add();
                  }
                }}
                maxLength={40}
                className={`${inputClass} max-w-md font-mono uppercase`}
              />
              <Button type="button" variant="secondary" onClick={add}>
                Add
              </Button>
            </div>
          </Field>
          {/* The added codes post with the form; a code typed and not yet added is sent too (licenseCodesFromForm). */}
          <input type="hidden" name="licenseCodes" value={list.value} />
          <p id="licenseCodes-check" aria-live="polite" className={`mt-2 min-h-6 text-sm ${live?.ok ? "text-success" : "text-danger"}`}>
            {live?.message ?? ""}
          </p>
          <h2 className="mt-4 text-lg" id="codes-heading">License codes to install ({codes.length})</h2>
          {codes.length ? (
            <ul aria-labelledby="codes-heading" className="mt-2 divide-y divide-line rounded border border-line">
              {codes.map((c) => (
                <li key={c} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                  <span className="font-mono">
                    <GroupedId value={grouped(c)} />
                  </span>
                  <Button type="button" variant="secondary" onClick={() => setCodes(codes.filter((x) => x !== c))} aria-label={`Remove license code ${grouped(c)}`}>
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-muted">No license code added yet.</p>
          )}
        </>
      ) : props.kind === "openLicense" ? (
        <>
          <TextField id="licenseNumber" label="License number" hint="8 digits." inputMode="numeric" error={fieldError("licenseNumber")} {...code} {...form.register("licenseNumber")} />
          <TextField id="authorizationNumber" label="Authorization number" hint="15 letters and digits." error={fieldError("authorizationNumber")} {...code} {...form.register("authorizationNumber")} />
        </>
      ) : (
        <TextField
          id="agreementNumber"
          label={props.kind === "enrollmentNumber" ? "Enrollment number" : "Agreement number"}
          hint="7 digits."
          inputMode="numeric"
          error={fieldError("agreementNumber")}
          {...code}
          {...form.register("agreementNumber")}
        />
      )}
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}
