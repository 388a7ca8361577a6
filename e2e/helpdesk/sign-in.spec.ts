import { expect, test } from "../fixtures";
import { ACCOUNT_ADDRESS_RULE, accountAddressKey, addressKey, UNKNOWN_DEVICE_RULE } from "@/lib/auth/sign-in";
import { DEVICE_COOKIE_NAME } from "@/lib/auth/device-cookie";
import { sessionIdFromToken, SESSION_COOKIE_NAME } from "@/lib/auth/session-token";
import { postAction } from "../reliability/support/server-actions";
import { newStaff, PASSWORD, signedIn, uniqueAddress } from "./support";

test.describe("helpdesk sign-in", () => {
  test.beforeEach(async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
  });

  async function submit(page: import("@playwright/test").Page, email: string, password: string) {
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  test("signs in with the form, in a database session behind an httpOnly cookie, and signs out", async ({ page, db, context }) => {
    const agent = await newStaff(db, "AGENT");
    await page.goto("/helpdesk");
    await expect(page).toHaveURL(/\/helpdesk\/sign-in$/);
    await submit(page, agent.email.toUpperCase(), PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Recovery requests" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Helpdesk" })).toBeVisible();

    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE_NAME)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/helpdesk" });
    const session = await db.staffSession.findUnique({ where: { id: sessionIdFromToken(cookie.value) } });
    expect(session?.userId).toBe(agent.id);
    expect(await db.auditLog.count({ where: { entityId: agent.id, action: "staff.signed_in" } })).toBe(1);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    expect(await db.staffSession.count({ where: { id: sessionIdFromToken(cookie.value) } })).toBe(0);
    await page.goto("/helpdesk/requests");
    await expect(page).toHaveURL(/\/helpdesk\/sign-in$/);
  });

  test("comes back to the shared view that asked for the sign-in", async ({ page, db }) => {
    const agent = await newStaff(db, "AGENT");
    await page.goto("/helpdesk/requests?status=REJECTED&program=OPEN_LICENSE");
    await expect(page).toHaveURL(/\/helpdesk\/sign-in\?returnTo=/);
    await submit(page, agent.email, PASSWORD);
    await expect(page).toHaveURL(/\/helpdesk\/requests\?status=REJECTED&program=OPEN_LICENSE$/);
    await expect(page.getByLabel("Status")).toHaveValue("REJECTED");
  });

  test("refuses a wrong password and an unknown e-mail with the same message, keeping what was typed", async ({ page, db }) => {
    const agent = await newStaff(db, "AGENT");
    await page.goto("/helpdesk/sign-in");
    await submit(page, agent.email, "not-the-password");
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText("The e-mail address or password is not right");
    await expect(page.getByLabel("E-mail address")).toHaveValue(agent.email);
    await submit(page, `nobody-${agent.id}@clearinghouse.example`, PASSWORD);
    await expect(summary).toContainText("The e-mail address or password is not right");
    expect(await db.staffSession.count({ where: { userId: agent.id } })).toBe(0);
  });

  test("refuses a deactivated account, even with its password", async ({ page, db }) => {
    const agent = await newStaff(db, "AGENT", { active: false });
    await page.goto("/helpdesk/sign-in");
    await submit(page, agent.email, PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("This account is deactivated");
    expect(await db.staffSession.count({ where: { userId: agent.id } })).toBe(0);
  });

  test("pauses an account from one address after too many attempts, then refuses even the right password from there, audited once", async ({ page, db }) => {
    const agent = await newStaff(db, "AGENT");
    const address = uniqueAddress();
    await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
    await page.goto("/helpdesk/sign-in");
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    for (let i = 0; i < ACCOUNT_ADDRESS_RULE.limit; i++) {
      await submit(page, agent.email, `wrong-${i}`);
      await expect(summary).toContainText("not right");
      await page.getByLabel("Password").fill("");
    }
    await submit(page, agent.email, PASSWORD);
    await expect(summary).toContainText(/Too many sign-in attempts.*try again in 1[45] minutes/);
    expect(await db.staffSession.count({ where: { userId: agent.id } })).toBe(0);
    const counter = await db.rateLimitCounter.findUnique({ where: { key: accountAddressKey(agent.email, address) } });
    expect(counter?.count).toBe(ACCOUNT_ADDRESS_RULE.limit + 1);
    const audited = await db.auditLog.findMany({ where: { action: "staff.sign_in_throttled", entityId: agent.email } });
    expect(audited.map((entry) => entry.after)).toContainEqual(expect.objectContaining({ address, limits: ["account and address"] }));
  });

  test("6 wrong passwords from address A, each with a new spoofed X-Forwarded-For in front, do not stop the right one from B", async ({ page, db, browser }) => {
    const agent = await newStaff(db, "AGENT");
    const a = uniqueAddress();
    await page.goto("/helpdesk/sign-in");
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    for (let i = 0; i < ACCOUNT_ADDRESS_RULE.limit + 1; i++) {
      // What the attacker adds in front of its real address (which the trusted proxy appends) changes nothing.
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `${uniqueAddress()}, ${a}` });
      await submit(page, agent.email, `wrong-${i}`);
      await expect(summary).toContainText(i < ACCOUNT_ADDRESS_RULE.limit ? "not right" : "Too many sign-in attempts");
      await page.getByLabel("Password").fill("");
    }
    const counter = await db.rateLimitCounter.findUnique({ where: { key: accountAddressKey(agent.email, a) } });
    expect(counter?.count).toBe(ACCOUNT_ADDRESS_RULE.limit + 1);

    const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
    const b = await other.newPage();
    await b.goto("/helpdesk/sign-in");
    await submit(b, agent.email, PASSWORD);
    await expect(b).toHaveURL(/\/helpdesk\/requests/);
    expect(await db.staffSession.count({ where: { userId: agent.id } })).toBe(1);
    await other.close();
  });

  test("guesses from ever new addresses pause the account for unknown browsers, but never for the browser its owner signed in with", async ({ page, context, browser, request, db }) => {
    const agent = await newStaff(db, "AGENT");
    // The owner signs in once: the browser keeps a device cookie naming the account, and keeps it after sign-out.
    await page.goto("/helpdesk/sign-in");
    await submit(page, agent.email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Recovery requests" })).toBeVisible();
    const device = (await context.cookies()).find((c) => c.name === DEVICE_COOKIE_NAME)!;
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/helpdesk" });
    expect(device.expires * 1000).toBeGreaterThan(Date.now() + 80 * 24 * 60 * 60_000);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();

    // A botnet: each guess from another address, none with the owner's cookie.
    const guess = (password: string, cookie?: string) => postAction(request, "/helpdesk/sign-in", "signIn", [{ email: agent.email, password }], cookie, { "X-Forwarded-For": uniqueAddress() });
    for (let i = 1; i < UNKNOWN_DEVICE_RULE.limit; i++) expect((await guess(`wrong-${i}`)).body).toContain("is not right");
    expect((await guess(PASSWORD)).body).toContain("Too many sign-in attempts");
    // A forged device cookie (the owner's, altered) is an unknown browser too.
    const forged = `${device.value.slice(0, -2)}${device.value.endsWith("AA") ? "BB" : "AA"}`;
    expect((await guess(PASSWORD, `${DEVICE_COOKIE_NAME}=${forged}`)).body).toContain("Too many sign-in attempts");

    // A new browser, even with the right password, is told to wait or use a known browser.
    const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
    const other = await stranger.newPage();
    await other.goto("/helpdesk/sign-in");
    await submit(other, agent.email, PASSWORD);
    await expect(other.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("A browser that signed in to this account before can still sign in.");
    await stranger.close();

    // The owner's browser signs in.
    await page.goto("/helpdesk/sign-in");
    await submit(page, agent.email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Recovery requests" })).toBeVisible();
    expect(await db.staffSession.count({ where: { userId: agent.id } })).toBe(1);
    const audited = await db.auditLog.findMany({ where: { action: "staff.sign_in_throttled", entityId: agent.email } });
    expect(audited.map((entry) => entry.after)).toContainEqual(expect.objectContaining({ limits: ["account (unknown browsers)"] }));
  });

  test("pauses a client address that made too many attempts", async ({ page, db }) => {
    const agent = await newStaff(db, "AGENT");
    const address = uniqueAddress();
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.0.0.1, ${address}` });
    // As if this address had just used up its window on other accounts.
    await db.rateLimitCounter.create({ data: { key: addressKey(address), count: 30, windowStart: new Date() } });
    await page.goto("/helpdesk/sign-in");
    await submit(page, agent.email, PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Too many sign-in attempts");
    expect(await db.staffSession.count({ where: { userId: agent.id } })).toBe(0);
  });

  test("an expired session is refused and removed", async ({ page, db, context }) => {
    const agent = await signedIn(context, db, "AGENT");
    await page.goto("/helpdesk/requests");
    await expect(page.getByRole("heading", { level: 1, name: "Recovery requests" })).toBeVisible();
    await db.staffSession.updateMany({ where: { userId: agent.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await page.goto("/helpdesk/requests");
    await expect(page).toHaveURL(/\/helpdesk\/sign-in$/);
    expect(await db.staffSession.count({ where: { userId: agent.id } })).toBe(0);
  });
});
