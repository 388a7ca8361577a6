// Helpers for the helpdesk specs: staff users of their own, signed in by creating a session row and
// handing its token to the browser (only the sign-in spec uses the form).
import type { BrowserContext } from "@playwright/test";
import type { Database } from "@/lib/prisma-client";
import type { StaffRole } from "@/generated/prisma/client";
import { createStaffUser, uniqueSuffix } from "@/prisma/factories";
import { createStaffSession } from "@/prisma/helpdesk-factories";
import { SESSION_COOKIE_NAME, SESSION_COOKIE_PATH } from "@/lib/auth/session-token";
import { ROLE_LABELS } from "@/lib/helpdesk/labels";
import { testAddress } from "../fixtures";

export const PASSWORD = "Correct-horse-battery-9";

export async function newStaff(db: Database, role: StaffRole, overrides: { active?: boolean; name?: string } = {}) {
  const suffix = uniqueSuffix().toLowerCase();
  return createStaffUser(db, { email: `e2e-${role.toLowerCase()}-${suffix}@clearinghouse.example`, name: overrides.name ?? `E2E ${ROLE_LABELS[role]} ${suffix}`, password: PASSWORD, role, active: overrides.active });
}

/** A new staff member of `role`, signed in in `context`. */
export async function signedIn(context: BrowserContext, db: Database, role: StaffRole, overrides: { name?: string } = {}) {
  const user = await newStaff(db, role, overrides);
  const token = await createStaffSession(db, user.id);
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: token, domain: "127.0.0.1", path: SESSION_COOKIE_PATH, httpOnly: true, sameSite: "Lax" }]);
  return user;
}

/** A made-up client address, so each test's sign-in attempts have their own per-address counter. */
export const uniqueAddress = testAddress;

/** A License Server ID typed the way people do: groups of five separated by spaces. */
export function spaced(licenseServerId: string): string {
  return licenseServerId.match(/.{5}/g)!.join(" ");
}
