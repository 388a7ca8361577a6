// Helpdesk → Phone desk: where an agent takes a customer's call as the Clearinghouse's telephone line.
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { PageHeader } from "@/components/helpdesk/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { CallForm } from "./call-form";

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
    </>
  );
}
