import Link from "next/link";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { EntitlementForm } from "./entitlement-form";

export const metadata = { title: "Add an entitlement" };

export default async function NewEntitlementPage() {
  await connection();
  await requireSupervisor();
  return (
    <>
      <p className="text-sm"><Link href="/helpdesk/entitlements">Entitlements</Link></p>
      <h1 className="text-2xl">Add an entitlement</h1>
      <EntitlementForm />
    </>
  );
}
