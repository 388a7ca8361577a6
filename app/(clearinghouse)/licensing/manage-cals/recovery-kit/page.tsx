// Manage CALs → Use a recovery kit (docs/decisions/035-recovery-kit.md): the kit a license server made, as a
// file, pasted, or from its QR codes scanned with a phone (the codes open this page with the kit).
import Link from "next/link";
import { KitForm } from "./_components/kit-form";

export const metadata = { title: "Use a recovery kit · Manage CALs" };

export default function UseRecoveryKitPage() {
  return (
    <main className="max-w-3xl">
      <Link href="/licensing" className="inline-block text-sm print:hidden">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <p className="mt-4 text-muted">Manage CALs</p>
      <h1 className="text-2xl">Use a recovery kit</h1>
      <p className="mt-2">
        Remote Desktop Licensing Manager makes a recovery kit on Confirm Deletion of RDS CALs, and at any time from the license
        server&apos;s Action menu (Recovery Kit). It lists every key pack of the license server. The Clearinghouse checks each one
        against what it issued for that License Server ID and purchase, issues a new license key pack ID at once for every pack it can,
        and files the others for review by the helpdesk. You get one response file with every new license key pack ID: on the license
        server, on Obtain Client License Key Pack, choose it under Use a response file.
      </p>
      <KitForm />
    </main>
  );
}
