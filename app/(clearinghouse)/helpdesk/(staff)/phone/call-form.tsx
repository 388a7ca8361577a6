"use client";
// A call at the phone desk. The agent first chooses what the caller asks for, one of the web site's Select
// Option options; then that option's fields show, all on one page, in the order a caller reads them from
// the console's page and their papers (the same field components as the web site's pages). The answer is
// the ID to read back (license key pack ID, License Server ID, confirmation code) or the request filed for
// review, held by this agent; then a new call of the same kind. The browser checks the fields before the
// post with the schema the server parses with (lib/helpdesk/phone-desk-schema.ts), but for the phone number.
import Link from "next/link";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { CompanyFields, LicenseServerFields, LicenseServerIdField, PurchaseFields } from "@/components/licensing/request-fields";
import { DEACTIVATION_ID_HINT } from "@/components/licensing/server-flow/details-form";
import { ContactFields, ProductIdField, ReactivationReasonField } from "@/components/licensing/server-flow/server-fields";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { programChoices, SwitchProgram } from "@/components/licensing/switch-program";
import { RadioGroup } from "@/components/ui/radio-group";
import type { TakenCall } from "@/lib/helpdesk/actions/phone";
import { takeCallForm } from "@/lib/helpdesk/actions/phone";
import { OPTION_LABELS, SELECT_OPTIONS } from "@/lib/clearinghouse/select-options";
import type { CountryOption } from "@/lib/countries/names";
import { isLicenseProgram, licenseProgram } from "@/lib/licensing/catalog";
import { ReadBack } from "./read-back";

/** Every kind's fields, in page order (the error summary's order). */
const EMPTY = {
  callId: "",
  callKind: "",
  productId: "",
  reason: "",
  licenseServerId: "",
  targetLicenseServerId: "",
  reasonForRecovery: "",
  sourceLicenseServerId: "",
  licenseProgram: "",
  lastName: "",
  firstName: "",
  companyName: "",
  countryRegion: "",
  companyAddress: "",
  email: "",
  phone: "",
  organizationalUnit: "",
  licenseCode: "",
  licenseNumber: "",
  authorizationNumber: "",
  agreementNumber: "",
  calType: "",
  quantity: "",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
};

type CallValues = typeof EMPTY;

const KINDS = SELECT_OPTIONS.map((o) => ({ value: o.value, label: o.label }));
const PRODUCT_ID_HINT = "The 20 digits the caller reads from the console's License Server Activation page, in groups of 5.";

/**
 * One call at a time: each call's form is a new one (a new call id, the hook started afresh), keyed by the
 * call's number on this page, so the next call can never post the previous call's id and get its answer back.
 * Not keyed by the call id: the page makes a new one on each render, and a post without the script (React's
 * form state) finds its form again by its place and key, so the server's errors would be lost.
 */
export function CallForm({ callId: firstCallId, countries }: { callId: string; countries: readonly CountryOption[] }) {
  const [call, setCall] = useState({ callId: firstCallId, callKind: "", number: 0 });
  const [taken, setTaken] = useState<TakenCall | null>(null);

  function nextCall() {
    setTaken(null);
    setCall((previous) => ({ callId: crypto.randomUUID(), callKind: previous.callKind, number: previous.number + 1 }));
    // The same kind is chosen again; focus goes to it, so the agent can change it or go on.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[name="callKind"]:checked')?.focus());
  }

  if (taken) {
    return (
      <div className="mt-6">
        <CallAnswer taken={taken} />
        <Button type="button" className="mt-6" onClick={nextCall}>
          Take the next call
        </Button>
      </div>
    );
  }
  return (
    <CallFields
      key={call.number}
      defaults={{ ...EMPTY, callId: call.callId, callKind: call.callKind }}
      countries={countries}
      onTaken={(answer, callKind) => {
        setCall((c) => ({ ...c, callKind }));
        setTaken(answer);
      }}
    />
  );
}

function CallFields({ defaults, countries, onTaken }: { defaults: CallValues; countries: readonly CountryOption[]; onTaken: (taken: TakenCall, callKind: string) => void }) {
  const { form, formProps, summary, fieldError: err, submitting, refusal } = useActionForm<CallValues, TakenCall>({
    action: takeCallForm,
    // The kind chosen says which fields are checked (lib/helpdesk/phone-desk-schema.ts, what the server parses with).
    schema: () => import("@/lib/helpdesk/phone-desk-schema").then((m) => m.callFormSchema),
    defaultValues: defaults,
    onSuccess: (answer) => onTaken(answer, form.getValues().callKind),
  });
  // A credential of another License Program: the programs the server named (lib/clearinghouse/wrong-program.ts),
  // until the agent switches to one (the refusal they answered is remembered, a new one shows again).
  const [answeredRefusal, setAnsweredRefusal] = useState<unknown>(null);
  const switchTo = refusal && refusal !== answeredRefusal ? programChoices(refusal.switchTo) : [];
  const kind = form.watch("callKind");
  const program = form.watch("licenseProgram");
  const credential = isLicenseProgram(program) ? licenseProgram(program).credential : null;

  const purchase = (
    <>
      <h3 className="mt-8 text-lg">License program information</h3>
      {credential ? null : <p className="mt-2 text-muted">Choose the License Program above: it decides the credential to ask for.</p>}
      <PurchaseFields
        kind={credential}
        register={form.register}
        err={err}
        installing={kind === "install"}
        afterCredential={
          <SwitchProgram
            programs={err("agreementNumber") || err("licenseCode") || err("licenseNumber") ? switchTo : []}
            disabled={submitting}
            label={(p) => `Change the License Program to ${p.label}`}
            onSwitch={(p) => {
              // What the caller read out stays; the agent submits again once the caller agrees.
              form.reset({ ...form.getValues(), licenseProgram: p.value });
              setAnsweredRefusal(refusal);
            }}
          />
        }
      />
    </>
  );
  const company = (
    <>
      <h3 className="mt-8 text-lg">Company information</h3>
      <CompanyFields register={form.register} err={err} countries={countries} headingLevel="h4" />
    </>
  );

  return (
    <form {...formProps} className="mt-6 max-w-3xl">
      <ErrorSummary {...summary} />
      <input type="hidden" {...form.register("callId")} />
      <RadioGroup id="callKind" legend="What the caller asks for" legendClassName="text-lg font-semibold" options={KINDS} registration={form.register("callKind")} error={err("callKind")} />
      {kind === "" ? <p className="mt-4 text-muted">Choose what the caller asks for: the form then shows what to ask, in the order the caller reads it.</p> : null}
      {kind === "manage-cals" || kind === "install" ? (
        <section aria-labelledby="call-heading">
          <h2 id="call-heading" className="mt-8 text-xl">{OPTION_LABELS[kind]}</h2>
          <h3 className="mt-4 text-lg">License server information</h3>
          <LicenseServerFields
            id={form.controlled("targetLicenseServerId")}
            source={form.controlled("sourceLicenseServerId")}
            reason={form.watch("reasonForRecovery")}
            register={form.register}
            err={err}
            idLabel={kind === "install" ? "License Server ID" : undefined}
            withReason={kind === "manage-cals"}
            idHint="The 35 digits the caller reads from the Obtain Client License Key Pack page, in groups of 5."
          />
          {company}
          {purchase}
        </section>
      ) : null}
      {kind === "activate" || kind === "reactivate" || kind === "deactivate" ? (
        <section aria-labelledby="call-heading">
          <h2 id="call-heading" className="mt-8 text-xl">{KINDS.find((k) => k.value === kind)!.label}</h2>
          <h3 className="mt-4 text-lg">License server information</h3>
          <ProductIdField field={form.controlled("productId")} error={err("productId")} hint={PRODUCT_ID_HINT} />
          {kind === "reactivate" ? <ReactivationReasonField registration={form.register("reason")} error={err("reason")} /> : null}
          {kind === "deactivate" ? (
            <>
              <LicenseServerIdField name="licenseServerId" label="License Server ID" hint={DEACTIVATION_ID_HINT} field={form.controlled("licenseServerId")} serverError={err("licenseServerId")} />
              <h3 className="mt-8 text-lg">Contact information</h3>
              <ContactFields register={form.register} err={err} />
            </>
          ) : null}
          {kind === "activate" ? company : null}
        </section>
      ) : null}
      <Button type="submit" className="mt-6" disabled={submitting}>
        {submitting ? "Submitting…" : "Submit the request"}
      </Button>
    </form>
  );
}

function CallAnswer({ taken }: { taken: TakenCall }) {
  switch (taken.kind) {
    case "issued":
      return <ReadBack name="license key pack ID" value={taken.licenseKeyPackId} lead={`Request ${taken.reference}: issued.`} />;
    case "license-server-id":
      return (
        <ReadBack
          name="License Server ID"
          value={taken.licenseServerId}
          lead={
            taken.flow === "reactivate"
              ? "Reactivated: a new License Server ID for this Product ID."
              : taken.alreadyActive
                ? "This Product ID was already activated: it keeps the License Server ID it has (Reactivate a license server gives a new one)."
                : "Activated."
          }
        />
      );
    case "confirmation-code":
      return <ReadBack name="confirmation code" value={taken.confirmationCode} lead="Deactivated." />;
    case "review":
      return (
        <section aria-labelledby="review-heading" role="status" className="rounded border-l-4 border-warning bg-warning-soft p-4">
          <h2 id="review-heading" className="text-lg">Filed for review: {taken.reference}</h2>
          <p className="mt-1">{taken.reviewReason ?? "The rules do not allow issuing at once."} The request is assigned to you.</p>
          <p className="mt-2">
            <Link href={`/helpdesk/requests/${taken.reference}`}>Open request {taken.reference} to decide it</Link>
          </p>
        </section>
      );
  }
}
