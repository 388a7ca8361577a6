import { redirect } from "next/navigation";
import { connection } from "next/server";
import { requireStaff } from "@/lib/auth/guards";

// The helpdesk's front door: the queue for staff, the sign-in page for everyone else.
export default async function HelpdeskHomePage() {
  await connection();
  await requireStaff();
  redirect("/helpdesk/requests");
}
