import { connection } from "next/server";
import { getCurrentSession } from "@/lib/auth/guards";
import { HelpdeskNav } from "@/components/helpdesk/helpdesk-nav";

// The signed-in part of the helpdesk. The navigation is only display: every page and action below checks
// the session and the role itself (lib/auth/guards.ts), since a layout does not run for server actions.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const session = await getCurrentSession();
  return (
    <>
      {session ? <HelpdeskNav staff={session.staff} /> : null}
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-6 py-8">{children}</main>
    </>
  );
}
