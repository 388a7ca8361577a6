// Helpdesk → Phone desk: where an agent takes a customer's call as the Clearinghouse's telephone line.
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { PageHeader } from "@/components/helpdesk/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { CallForm } from "./call-form";
import { ConvertForm } from "@/components/licensing/convert-form";
import { takeConversionCallForm } from "@/lib/helpdesk/actions/phone";

export const metadata = { title: "Phone desk" };

export default async function PhoneDeskPage() {
  await connection();
  await requireStaff({ returnTo: "/helpdesk/phone" });
  return (
    <>
      <PageHeader
        title="Phone desk"
        lead="Take a customer's call: choose what the caller asks for, enter what they read out, submit, and read the ID back group by group."
      />
      <CallForm callId={randomUUID()} countries={COUNTRY_OPTIONS} />
      <section aria-labelledby="convert-call-title" className="mt-10 border-t border-line pt-6">
        <h2 id="convert-call-title" className="text-xl">Convert RDS CALs</h2>
        <p className="mt-2">
          A caller converting RDS CALs (Per User to Per Device, or back) reads out the License Server ID, the license key pack ID of the key pack to convert and the number of RDS CALs.
        </p>
        <ConvertForm action={takeConversionCallForm} defaults={{ licenseServerId: "", sourceLicenseKeyPackId: "", count: "" }} readBack />
      </section>
    </>
  );
}
