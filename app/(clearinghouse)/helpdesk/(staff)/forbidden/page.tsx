import Link from "next/link";
import { connection } from "next/server";
import { requireSignedIn } from "@/lib/auth/guards";

export const metadata = { title: "Not allowed" };

// Where an agent lands after opening a supervisor's page or action.
export default async function ForbiddenPage() {
  await connection();
  await requireSignedIn();
  return (
    <>
      <h1 className="text-2xl">Not allowed</h1>
      <p className="mt-3" role="alert">Only supervisors can open that page or do that. Ask a supervisor if you need it done.</p>
      <p className="mt-4"><Link href="/helpdesk/requests">Back to the recovery requests</Link></p>
    </>
  );
}
