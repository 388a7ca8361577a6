"use client";
// A call at the phone desk: the web site's Manage CALs fields on one page, in the order a caller reads them
// from the Obtain Client License Key Pack page and their papers. The answer is the license key pack ID to read
// back (or the request filed for review, held by this agent), then a new call.
import Link from "next/link";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { CompanyFields, LicenseServerFields, PurchaseFields } from "@/components/licensing/request-fields";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { TakenCall } from "@/lib/helpdesk/actions/phone";
import { takeCall } from "@/lib/helpdesk/actions/phone";
import type { CountryOption } from "@/lib/countries/names";
import { isLicenseProgram, licenseProgram } from "@/lib/licensing/catalog";
import { ReadBack } from "./read-back";

const EMPTY = {
  callId: "",
  callKind: "manage-cals",
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
};

type CallValues = typeof EMPTY;

export function CallForm({ callId, countries }: { callId: string; countries: readonly CountryOption[] }) {
  const [taken, setTaken] = useState<TakenCall | null>(null);
  const { form, onSubmit, summary, fieldError: err, submitting } = useActionForm<CallValues, TakenCall>({
    action: takeCall,
    defaultValues: { ...EMPTY, callId },
    onSuccess: setTaken,
  });
  const program = form.watch("licenseProgram");
  const kind = isLicenseProgram(program) ? licenseProgram(program).credential : null;

  function nextCall() {
    setTaken(null);
    form.reset({ ...EMPTY, callId: crypto.randomUUID() });
    document.getElementById("targetLicenseServerId-1")?.focus();
  }

  if (taken) {
    return (
      <div className="mt-6">
        {taken.kind === "issued" ? (
          <ReadBack name="license key pack ID" value={taken.licenseKeyPackId} lead={`Request ${taken.reference}: issued.`} />
        ) : taken.kind === "review" ? (
          <section aria-labelledby="review-heading" role="status" className="rounded border-l-4 border-warning bg-warning-soft p-4">
            <h2 id="review-heading" className="text-lg">Filed for review: {taken.reference}</h2>
            <p className="mt-1">{taken.reviewReason ?? "The rules do not allow issuing at once."} The request is assigned to you.</p>
            <p className="mt-2">
              <Link href={`/helpdesk/requests/${taken.reference}`}>Open request {taken.reference} to decide it</Link>
            </p>
          </section>
        ) : null}
        <Button type="button" className="mt-6" onClick={nextCall}>
          Take the next call
        </Button>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="mt-6 max-w-3xl">
      <ErrorSummary {...summary} />
      <input type="hidden" {...form.register("callId")} />
      <input type="hidden" {...form.register("callKind")} />
      <h2 className="text-lg">License server information</h2>
      <LicenseServerFields
        id={form.controlled("targetLicenseServerId")}
        source={form.controlled("sourceLicenseServerId")}
        reason={form.watch("reasonForRecovery")}
        register={form.register}
        err={err}
        idHint="The 35 digits the caller reads from the Obtain Client License Key Pack page, in groups of 5."
      />
      <h2 className="mt-8 text-lg">Company information</h2>
      <CompanyFields register={form.register} err={err} countries={countries} headingLevel="h3" />
      <h2 className="mt-8 text-lg">License program information</h2>
      {kind ? null : <p className="mt-2 text-muted">Choose the License Program above: it decides the credential to ask for.</p>}
      <PurchaseFields kind={kind} register={form.register} err={err} />
      <Button type="submit" className="mt-6" disabled={submitting}>
        {submitting ? "Submitting…" : "Submit the request"}
      </Button>
    </form>
  );
}
