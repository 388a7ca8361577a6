import Link from "next/link";
import type { StaffIdentity } from "@/lib/auth/sessions";
import { ROLE_LABELS } from "@/lib/helpdesk/labels";
import { signOut } from "@/lib/helpdesk/actions/session";

// Who sees each link (lib/auth/guards.ts decides; this is only display).
const LINKS: readonly { href: string; label: string; roles: readonly StaffIdentity["role"][] }[] = [
  { href: "/helpdesk/requests", label: "Recovery requests", roles: ["AGENT", "SUPERVISOR"] },
  { href: "/helpdesk/phone", label: "Phone desk", roles: ["AGENT", "SUPERVISOR"] },
  { href: "/helpdesk/overview", label: "Overview", roles: ["SUPERVISOR"] },
  { href: "/helpdesk/entitlements", label: "Entitlements", roles: ["SUPERVISOR"] },
  { href: "/helpdesk/staff", label: "Staff accounts", roles: ["SUPERVISOR"] },
  { href: "/helpdesk/audit", label: "Audit log", roles: ["SUPERVISOR"] },
  { href: "/helpdesk/classes", label: "Classes", roles: ["TRAINER", "SUPERVISOR"] },
  { href: "/helpdesk/practice", label: "Practice servers", roles: ["TRAINER", "SUPERVISOR"] },
  { href: "/helpdesk/mailbox", label: "Mailbox", roles: ["SUPERVISOR"] },
];

export function HelpdeskNav({ staff }: { staff: StaffIdentity }) {
  const links = LINKS.filter((l) => l.roles.includes(staff.role));
  return (
    <div className="border-b border-line bg-chrome">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-6 py-2">
        <nav aria-label="Helpdesk">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="font-semibold">{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span>
            {staff.name} <span className="text-muted">({ROLE_LABELS[staff.role]})</span>
          </span>
          <form action={signOut}>
            <button type="submit" className="rounded border border-[#6b7785] bg-white px-3 py-1 font-semibold hover:bg-canvas">Sign out</button>
          </form>
        </div>
      </div>
    </div>
  );
}
