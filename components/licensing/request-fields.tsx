// The fields of a Clearinghouse request, drawn once for every form that asks them: the web site's Manage
// CALs pages and the helpdesk's phone desk, where an agent enters what a caller reads out. Each takes the
// form's `register` and its field errors (components/forms/use-action-form.ts).
import type { ReactNode } from "react";
import type { FieldRegistration } from "@/components/forms/use-action-form";
import { Field, fieldAria, inputClass, SelectField, TextField } from "@/components/ui/field";
import { GroupedIdInput } from "@/components/ui/grouped-id-input";
import type { CompanyStepInput } from "@/lib/clearinghouse/company-schema";
import type { LicenseServerStepInput, PurchaseStepInput } from "@/lib/clearinghouse/schemas";
import type { CountryOption } from "@/lib/countries/names";
import { CAL_TYPES, isMigrationReason, LICENSE_PROGRAMS, RECOVERY_REASONS, type CredentialKind } from "@/lib/licensing/catalog";
import { ID_LENGTH } from "@/lib/licensing/groups";
import { LICENSE_SERVER_ID_MESSAGES, parseLicenseServerId } from "@/lib/licensing/license-server-id";

type Registrar<F extends string> = (name: F) => FieldRegistration;
type ErrorOf<F extends string> = (name: F) => string | undefined;

export function CompanyFields({ register, err, countries, headingLevel = "h2" }: { register: Registrar<keyof CompanyStepInput>; err: ErrorOf<keyof CompanyStepInput>; countries: readonly CountryOption[]; headingLevel?: "h2" | "h3" | "h4" }) {
  const Heading = headingLevel;
  return (
    <>
      <Heading className="text-lg">Required information</Heading>
      <TextField id="lastName" label="Last name or surname" autoComplete="family-name" error={err("lastName")} {...register("lastName")} />
      <TextField id="firstName" label="First name or given name" autoComplete="given-name" error={err("firstName")} {...register("firstName")} />
      <TextField id="companyName" label="Company name" autoComplete="organization" error={err("companyName")} {...register("companyName")} />
      <SelectField id="countryRegion" label="Country/region" autoComplete="country" error={err("countryRegion")} {...register("countryRegion")}>
        <option value="">Select a country/region</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <Heading className="mt-8 text-lg">Optional information</Heading>
      <TextField id="companyAddress" label="Company address" optional autoComplete="street-address" error={err("companyAddress")} {...register("companyAddress")} />
      <TextField id="email" type="email" label="E-mail address" optional autoComplete="email" spellCheck={false} hint="Lets you check the status of a request that needs review." error={err("email")} {...register("email")} />
      <TextField id="phone" type="tel" label="Phone number" optional autoComplete="tel" hint="Include the country code (for example +44) if it is not in the country/region selected above." error={err("phone")} {...register("phone")} />
      <TextField id="organizationalUnit" label="Organizational unit" optional hint="The unit within your organization that this license server serves." error={err("organizationalUnit")} {...register("organizationalUnit")} />
    </>
  );
}

const code = { autoComplete: "off", spellCheck: false, autoCapitalize: "characters" } as const;

/**
 * The credential of the License Program (`kind`), the type of RDS CAL and the quantity. `afterCredential`
 * shows under the credential (the way to switch to the program a credential belongs to).
 */
export function PurchaseFields({
  kind,
  register,
  err,
  installing = false,
  afterCredential,
}: {
  kind: CredentialKind | null;
  register: Registrar<keyof PurchaseStepInput>;
  err: ErrorOf<keyof PurchaseStepInput>;
  installing?: boolean;
  afterCredential?: ReactNode;
}) {
  return (
    <>
      {kind === "licenseCode" ? (
        <TextField id="licenseCode" label="License code" hint="25 letters and digits, in 5 groups of 5, as on your purchase documentation." className={`${inputClass} max-w-xl font-mono uppercase`} error={err("licenseCode")} {...code} {...register("licenseCode")} />
      ) : null}
      {kind === "openLicense" ? (
        <>
          <TextField id="licenseNumber" label="License number" hint="8 digits." inputMode="numeric" error={err("licenseNumber")} {...code} {...register("licenseNumber")} />
          <TextField id="authorizationNumber" label="Authorization number" hint="15 letters and digits." error={err("authorizationNumber")} {...code} {...register("authorizationNumber")} />
        </>
      ) : null}
      {kind === "enrollmentNumber" || kind === "agreementNumber" ? (
        <TextField
          id="agreementNumber"
          label={kind === "enrollmentNumber" ? "Enrollment number" : "Agreement number"}
          hint="7 digits."
          inputMode="numeric"
          error={err("agreementNumber")}
          {...code}
          {...register("agreementNumber")}
        />
      ) : null}
      {afterCredential}
      <SelectField id="calType" label="Type of RDS CAL" error={err("calType")} {...register("calType")}>
        <option value="">Select the type of RDS CAL</option>
        {CAL_TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </SelectField>
      <TextField id="quantity" label="Quantity" hint={`How many RDS CALs of this type to ${installing ? "install" : "reinstall"} on the license server (1 to 9,999).`} inputMode="numeric" autoComplete="off" className={`${inputClass} max-w-32`} error={err("quantity")} {...register("quantity")} />
    </>
  );
}

const ID_HINT = "A 35-digit number, in groups of 5 numerals, displayed on the Obtain Client License Key Pack page in the Manage RDS CALs Wizard.";
const SOURCE_HINT =
  "The License Server ID of the license server the RDS CALs are migrated from: shown in its Properties, or on the Source License Server Information page of the Manage RDS CALs Wizard.";

type Controlled = { value: string; onChange: (value: string) => void; onBlur?: () => void };

/** A License Server ID in its boxes, checked as it is typed once all 35 digits are in (the server's schema applies the same rule). */
export function LicenseServerIdField({ name, label, hint, field, serverError, word = (m) => m }: { name: string; label: string; hint: string; field: Controlled; serverError: string | undefined; word?: (message: string) => string }) {
  const typed = field.value ?? "";
  const typedCheck = typed.length >= ID_LENGTH ? parseLicenseServerId(typed) : null;
  const error = serverError ?? (typedCheck && !typedCheck.ok ? word(LICENSE_SERVER_ID_MESSAGES[typedCheck.error]) : undefined);
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      <GroupedIdInput id={name} name={name} label={label} alphabet="digits" value={typed} onChange={field.onChange} onBlur={field.onBlur} invalid={Boolean(error)} describedBy={fieldAria(name, error, "hint")["aria-describedby"]} />
    </Field>
  );
}

/**
 * Target License Server ID (`id`, from the form's `controlled`), Reason for recovery, then, for a migration
 * reason, the Source License Server ID (docs/decisions/025-migrate-rds-cals.md), and the License Program.
 */
export function LicenseServerFields({
  id,
  source,
  reason,
  register,
  err,
  idHint = ID_HINT,
  idLabel = "Target License Server ID",
  withReason = true,
}: {
  id: Controlled;
  source: Controlled;
  reason: string;
  register: Registrar<"reasonForRecovery" | "licenseProgram">;
  err: ErrorOf<keyof LicenseServerStepInput>;
  idHint?: string;
  /** Install client access licenses asks for the "License Server ID", without a reason for recovery. */
  idLabel?: string;
  withReason?: boolean;
}) {
  return (
    <>
      <LicenseServerIdField name="targetLicenseServerId" label={idLabel} hint={idHint} field={id} serverError={err("targetLicenseServerId")} />
      {withReason ? (
      <SelectField id="reasonForRecovery" label="Reason for recovery" hint="Select the reason for rebuilding the RD Licensing database, or for migrating RDS CALs from another license server." error={err("reasonForRecovery")} {...register("reasonForRecovery")}>
        <option value="">Select a reason</option>
        {RECOVERY_REASONS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </SelectField>
      ) : null}
      {withReason && isMigrationReason(reason) ? <LicenseServerIdField name="sourceLicenseServerId" label="Source License Server ID" hint={SOURCE_HINT} field={source} serverError={err("sourceLicenseServerId")} word={(m) => m.replace("License Server ID", "Source License Server ID")} /> : null}
      <SelectField id="licenseProgram" label="License Program" hint="Select the program through which you purchased your RDS CALs." error={err("licenseProgram")} {...register("licenseProgram")}>
        <option value="">Select a License Program</option>
        {LICENSE_PROGRAMS.map((program) => (
          <option key={program.value} value={program.value}>
            {program.label}
          </option>
        ))}
      </SelectField>
    </>
  );
}
