import { expect, test } from "../fixtures";
import { uniqueSuffix } from "@/prisma/factories";
import { verifyPassword } from "@/lib/auth/password";
import { createStaffSession } from "@/prisma/helpdesk-factories";
import { signedIn } from "./support";

test.describe("staff accounts and the audit log", () => {
  test("a supervisor creates, deactivates, reactivates and resets an account; each change is in the audit log", async ({ page, db, context }) => {
    const supervisor = await signedIn(context, db, "SUPERVISOR");
    const email = `new-agent-${uniqueSuffix().toLowerCase()}@clearinghouse.example`;
    await page.goto("/helpdesk/staff/new");
    await page.getByLabel("Full name").fill("Nina New");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("at least 12 characters");
    await page.getByLabel("Initial password").fill("Initial-password-2026");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Account created.")).toBeVisible();
    const created = await db.staffUser.findUniqueOrThrow({ where: { email } });
    expect(created).toMatchObject({ role: "AGENT", active: true, name: "Nina New" });
    expect(await verifyPassword(created.passwordHash, "Initial-password-2026")).toBe(true);

    await createStaffSession(db, created.id);
    await page.getByRole("button", { name: "Deactivate account" }).click();
    await expect(page.getByText("Account deactivated; its sessions have ended.")).toBeVisible();
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ active: false });
    expect(await db.staffSession.count({ where: { userId: created.id } })).toBe(0);

    await page.getByRole("button", { name: "Reactivate account" }).click();
    await expect(page.getByText("Account reactivated.")).toBeVisible();
    await page.getByLabel("New password").fill("Another-password-2026");
    await page.getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByText(/^Password reset\./)).toBeVisible();
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.active).toBe(true);
    expect(await verifyPassword(after.passwordHash, "Another-password-2026")).toBe(true);

    const audit = await db.auditLog.findMany({ where: { entityType: "StaffUser", entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["staff.created", supervisor.id],
      ["staff.deactivated", supervisor.id],
      ["staff.reactivated", supervisor.id],
      ["staff.password_reset", supervisor.id],
    ]);
    expect(audit[1]).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(JSON.stringify(audit)).not.toContain(after.passwordHash);

    await page.goto(`/helpdesk/audit?actor=${encodeURIComponent(supervisor.email)}&entityType=StaffUser`);
    const log = page.getByRole("table");
    await expect(log.getByRole("row")).toHaveCount(5);
    await expect(log).toContainText("Staff account deactivated");
    await expect(log).toContainText("Active changed from yes to no");
  });

  test("a supervisor cannot deactivate their own account", async ({ page, db, context }) => {
    const supervisor = await signedIn(context, db, "SUPERVISOR");
    await page.goto(`/helpdesk/staff/${supervisor.id}`);
    await expect(page.getByRole("button", { name: "Deactivate account" })).toBeDisabled();
    await expect(page.getByText("You cannot deactivate your own account.")).toBeVisible();
  });
});
