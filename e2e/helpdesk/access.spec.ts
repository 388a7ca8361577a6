import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { createEntitlement, uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { randomDigits } from "@/lib/licensing/random";
import { newStaff, signedIn } from "./support";

/** Every helpdesk page, with real ids for the dynamic ones. */
async function helpdeskRoutes(db: Database) {
  const request = await createRecoveryRequest(db);
  const member = await newStaff(db, "AGENT");
  const entitlement = await createEntitlement(db, { licenseProgram: "SELECT_LICENSE", credential: randomDigits(7), calType: "WS2012_PER_USER", quantity: 5, customerName: `Crawl ${uniqueSuffix()}` });
  const staffRoutes = ["/helpdesk", "/helpdesk/requests", "/helpdesk/requests?status=AWAITING_REVIEW", `/helpdesk/requests/${request.reference}`, "/helpdesk/forbidden", "/helpdesk/phone"];
  const supervisorRoutes = [
    "/helpdesk/staff",
    "/helpdesk/staff/new",
    `/helpdesk/staff/${member.id}`,
    "/helpdesk/entitlements",
    "/helpdesk/entitlements/new",
    `/helpdesk/entitlements/${entitlement.id}`,
    "/helpdesk/entitlements/import",
    "/helpdesk/audit",
    "/helpdesk/overview",
    "/helpdesk/mailbox",
  ];
  return { staffRoutes, supervisorRoutes };
}

test.describe("helpdesk access", () => {
  test("every helpdesk route refuses a visitor without a session", async ({ page, db }) => {
    const { staffRoutes, supervisorRoutes } = await helpdeskRoutes(db);
    for (const route of [...staffRoutes, ...supervisorRoutes]) {
      await page.goto(route);
      await expect(page, `${route} without a session`).toHaveURL(/\/helpdesk\/sign-in(\?returnTo=[^&]+)?$/);
      await expect(page.getByRole("heading", { level: 1, name: "Sign in to the helpdesk" })).toBeVisible();
    }
    const exported = await page.request.get("/helpdesk/entitlements/export");
    expect(exported.status()).toBe(401);
  });

  test("an agent works the queue but is refused every supervisor route", async ({ page, db, context }) => {
    const { staffRoutes, supervisorRoutes } = await helpdeskRoutes(db);
    await signedIn(context, db, "AGENT");
    for (const route of staffRoutes) {
      await page.goto(route);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page, `${route} as an agent`).not.toHaveURL(/sign-in/);
      if (!route.endsWith("forbidden")) await expect(page, `${route} as an agent`).not.toHaveURL(/forbidden/);
    }
    for (const route of supervisorRoutes) {
      await page.goto(route);
      await expect(page, `${route} as an agent`).toHaveURL(/\/helpdesk\/forbidden$/);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    }
    await expect(page.getByRole("navigation", { name: "Helpdesk" }).getByRole("link", { name: "Staff accounts" })).toHaveCount(0);
    const exported = await page.request.get("/helpdesk/entitlements/export");
    expect(exported.status()).toBe(403);
  });

  test("a supervisor opens every route, and the CSV export", async ({ page, db, context }) => {
    const { staffRoutes, supervisorRoutes } = await helpdeskRoutes(db);
    await signedIn(context, db, "SUPERVISOR");
    for (const route of [...staffRoutes, ...supervisorRoutes]) {
      await page.goto(route);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page, `${route} as a supervisor`).not.toHaveURL(/sign-in/);
      if (!route.endsWith("forbidden")) await expect(page).not.toHaveURL(/forbidden/);
    }
    const exported = await page.request.get("/helpdesk/entitlements/export");
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-type"]).toContain("text/csv");
  });

  test("server actions check the role themselves: a supervisor demoted mid-form is refused", async ({ page, db, context }) => {
    const supervisor = await signedIn(context, db, "SUPERVISOR");
    await page.goto("/helpdesk/staff/new");
    const email = `demoted-${uniqueSuffix().toLowerCase()}@clearinghouse.example`;
    await page.getByLabel("Full name").fill("Should Not Exist");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Initial password").fill("A-long-enough-password-1");
    await db.staffUser.update({ where: { id: supervisor.id }, data: { role: "AGENT" } });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/helpdesk\/forbidden$/);
    expect(await db.staffUser.count({ where: { email } })).toBe(0);
  });

  test("deactivating an account ends its sessions at once", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT");
    await page.goto("/helpdesk/requests");
    await expect(page.getByRole("heading", { level: 1, name: "Recovery requests" })).toBeVisible();
    await db.staffUser.update({ where: { id: agent.id }, data: { active: false } });
    await page.reload();
    await expect(page).toHaveURL(/\/helpdesk\/sign-in$/);
  });
});
