import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireStaff } from "@/lib/auth/guards";

// Any helpdesk address that no page serves: sign-in first, like every helpdesk page (so the helpdesk's
// addresses are not probed from outside), then the helpdesk's own not-found page inside its layout.
export default async function MissingPage() {
  await connection();
  await requireStaff();
  notFound();
}
