import Link from "next/link";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { CreateStaffForm } from "./create-staff-form";

export const metadata = { title: "Create a staff account" };

export default async function NewStaffPage() {
  await connection();
  await requireSupervisor();
  return (
    <>
      <p className="text-sm"><Link href="/helpdesk/staff">Staff accounts</Link></p>
      <h1 className="text-2xl">Create a staff account</h1>
      <CreateStaffForm />
    </>
  );
}
