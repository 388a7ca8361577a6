"use client";
// The information pages of the lifecycle wizards: Company Information and Optional Information (Activate
// Server; the same fields as Properties), Reactivation Reason, and the Contact Information a deactivation
// needs. With Automatic connection the last of them says that Next contacts the Clearinghouse.
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { WizardButtons } from "@/components/console/wizard-buttons";
import { useActionForm } from "@/components/forms/use-action-form";
import type { CountryOption } from "@/lib/countries/names";
import type { FormAction } from "@/lib/forms/form-state";


function ConnectsNote({ connects, what }: { connects?: boolean; what: string }) {
  return connects ? <p className="mt-6 rounded border-l-4 border-accent bg-accent-soft p-3">When you click Next, the license server connects to the Microsoft Clearinghouse to {what}. This can take a few seconds.</p> : null;
}

type Company = { firstName: string; lastName: string; company: string; countryRegion: string };

export function CompanyForm(props: { action: FormAction; backHref: string | null; countries: readonly CountryOption[]; defaults: Company }) {
  const { form, formProps, summary, fieldError: err, submitting } = useActionForm<Company>({ action: props.action, schema: () => import("@/lib/console/lifecycle-schemas").then((m) => m.companyInformationSchema), defaultValues: props.defaults });
  const { register } = form;
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>Enter the company information. The Clearinghouse needs it to activate the license server.</p>
      <TextField id="firstName" label="First name" autoComplete="given-name" error={err("firstName")} {...register("firstName")} />
      <TextField id="lastName" label="Last name" autoComplete="family-name" error={err("lastName")} {...register("lastName")} />
      <TextField id="company" label="Company" autoComplete="organization" error={err("company")} {...register("company")} />
      <SelectField id="countryRegion" label="Country or Region" autoComplete="country" error={err("countryRegion")} {...register("countryRegion")}>
        <option value="">Select a country or region</option>
        {props.countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}

type Optional = { email: string; organizationalUnit: string; companyAddress: string; city: string; state: string; postalCode: string };

export function OptionalForm(props: { action: FormAction; backHref: string | null; defaults: Optional; connects?: boolean }) {
  const { form, formProps, summary, fieldError: err, submitting } = useActionForm<Optional>({ action: props.action, schema: () => import("@/lib/console/lifecycle-schemas").then((m) => m.optionalInformationSchema), defaultValues: props.defaults });
  const { register } = form;
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>This information is optional. The Clearinghouse uses it to contact you about this license server.</p>
      <TextField id="email" type="email" label="E-mail" optional autoComplete="email" spellCheck={false} error={err("email")} {...register("email")} />
      <TextField id="organizationalUnit" label="Organizational unit" optional error={err("organizationalUnit")} {...register("organizationalUnit")} />
      <TextField id="companyAddress" label="Company address" optional autoComplete="street-address" error={err("companyAddress")} {...register("companyAddress")} />
      <TextField id="city" label="City" optional autoComplete="address-level2" error={err("city")} {...register("city")} />
      <TextField id="state" label="State/province" optional autoComplete="address-level1" error={err("state")} {...register("state")} />
      <TextField id="postalCode" label="Postal code" optional autoComplete="postal-code" error={err("postalCode")} {...register("postalCode")} />
      <ConnectsNote connects={props.connects} what="activate it" />
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}

export function ReasonForm(props: { action: FormAction; backHref: string | null; reasons: readonly string[]; defaults: { reason: string }; connects?: boolean }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<{ reason: string }>({ action: props.action, schema: () => import("@/lib/console/lifecycle-schemas").then((m) => m.reactivationReasonSchema), defaultValues: props.defaults });
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <RadioGroup id="reason" legend="Why are you reactivating this license server?" options={props.reasons.map((r) => ({ value: r, label: r }))} registration={form.register("reason")} error={fieldError("reason")} />
      <ConnectsNote connects={props.connects} what="get a new License Server ID" />
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}

type Contact = { contactName: string; contactEmail: string; contactPhone: string };

export function ContactForm(props: { action: FormAction; backHref: string | null; defaults: Contact; connects?: boolean }) {
  const { form, formProps, summary, fieldError: err, submitting } = useActionForm<Contact>({ action: props.action, schema: () => import("@/lib/console/lifecycle-schemas").then((m) => m.deactivationContactSchema), defaultValues: props.defaults });
  const { register } = form;
  return (
    <form {...formProps}>
      <ErrorSummary {...summary} />
      <p>The Clearinghouse records who deactivated the license server.</p>
      <TextField id="contactName" label="Name" autoComplete="name" error={err("contactName")} {...register("contactName")} />
      <TextField id="contactEmail" type="email" label="E-mail" autoComplete="email" spellCheck={false} error={err("contactEmail")} {...register("contactEmail")} />
      <TextField id="contactPhone" type="tel" label="Phone number" optional autoComplete="tel" error={err("contactPhone")} {...register("contactPhone")} />
      <ConnectsNote connects={props.connects} what="deactivate it" />
      <WizardButtons backHref={props.backHref} pending={submitting} />
    </form>
  );
}
