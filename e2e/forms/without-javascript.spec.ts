// The forms before the page's script has run, or with JavaScript off (a slow phone, a locked-down browser):
// every form posts to its server action (React 19 form actions), the errors come back on the page next to
// their fields, what was typed stays, and no field value travels in a URL
// (docs/decisions/030-forms-on-react-hook-form.md).
import type { Page, Request } from "@playwright/test";
import { expect, test } from "../fixtures";
import { formatLicenseServerId, generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openRebuildRun } from "@/prisma/console-factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { wizardUrl } from "../console/wizard";
import { newStaff, PASSWORD, signedIn } from "../helpdesk/support";
import { expectHeading, fillCompanyPage, fillPurchasePage, idBoxes, next } from "../clearinghouse/manage-cals";

test.use({ javaScriptEnabled: false });

const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

/** Every request the page makes, to check that no typed value went into a URL. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

function expectNotInAnyUrl(requests: Request[], ...secrets: string[]) {
  for (const request of requests) for (const secret of secrets) expect(request.url(), `${request.method()} ${request.url()}`).not.toContain(encodeURIComponent(secret));
}

test.describe("forms with JavaScript disabled", () => {
  test("helpdesk: a wrong password, then signing in; the password never in a URL", async ({ page, db }) => {
    const agent = await newStaff(db, "AGENT");
    const requests = recordRequests(page);
    await page.goto("/helpdesk/sign-in");
    await page.getByLabel("E-mail address").fill(agent.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(summaryOf(page)).toContainText("The e-mail address or password is not right");
    // What was typed stays, except the password.
    await expect(page.getByLabel("E-mail address")).toHaveValue(agent.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Recovery requests" })).toBeVisible();
    expectNotInAnyUrl(requests, PASSWORD, "not-the-password", agent.email);
    const posts = requests.filter((r) => r.isNavigationRequest() && r.method() === "POST");
    expect(posts.length).toBe(2);
  });

  test("web site: Select Option → Manage CALs through to the license key pack ID, a required answer missed on the way", async ({ page, db }) => {
    const { credential } = await createPurchase(db, { licenseProgram: "LICENSE_PACK", calType: "WS2019_PER_DEVICE", quantity: 25 });
    const serverId = generateLicenseServerId();
    const requests = recordRequests(page);
    await page.goto(`/licensing?licenseServerId=${formatLicenseServerId(serverId)}`);
    await page.getByRole("radio", { name: "Manage CALs" }).check();
    await next(page);

    await expectHeading(page, "License server information");
    for (let i = 0; i < 7; i++) await expect(idBoxes(page).nth(i)).toHaveValue(serverId.slice(i * 5, i * 5 + 5));
    await page.getByLabel("Reason for recovery").selectOption("The license server database was rebuilt");
    await page.getByLabel("License Program").selectOption({ label: "License Pack (Retail Purchase)" });
    await next(page);

    await expectHeading(page, "Company information");
    // The mistake: Last name left empty. The page comes back with the error beside the field and the rest kept.
    await fillCompanyPage(page, { lastName: "", firstName: "Jordan", companyName: "Fabrikam Inc", country: "United Kingdom" });
    await next(page);
    await expectHeading(page, "Company information");
    await expect(summaryOf(page)).toBeVisible();
    await expect(page.getByLabel("Last name or surname")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Company name")).toHaveValue("Fabrikam Inc");
    await expect(page.getByLabel("Country/region")).toHaveValue("GB");
    await page.getByLabel("Last name or surname").fill("Lee");
    await next(page);

    await expectHeading(page, "License program information");
    await fillPurchasePage(page, { licenseCode: credential.licenseCode! }, "Windows Server 2019 - RDS Per Device CAL", "25");
    await next(page);

    await expectHeading(page, "Verify your information");
    await next(page);
    await expectHeading(page, "Your license key pack ID");
    const request = await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: serverId } });
    expect(request).toMatchObject({ status: "ISSUED", lastName: "Lee", companyName: "Fabrikam Inc", quantity: 25 });
    expectNotInAnyUrl(requests, "Fabrikam Inc", credential.licenseCode!);
  });

  test("console: Select a Reason with Other and no description, then the description", async ({ page, db }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "REASON");
    await page.goto(wizardUrl(server.id, "reason"));
    await page.getByRole("radio", { name: "Other" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(summaryOf(page)).toContainText("Describe the reason");
    // The page came back with Other still chosen, so its description box is there now.
    await expect(page.getByRole("radio", { name: "Other" })).toBeChecked();
    await page.getByLabel("Describe the reason").fill("Restored from a backup of 2026-11-30");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/manage-cals\/confirm-deletion$/);
    const run = await db.wizardRun.findFirstOrThrow({ where: { serverId: server.id }, orderBy: { startedAt: "desc" } });
    expect(run).toMatchObject({ reason: "Other", reasonDetail: "Restored from a backup of 2026-11-30" });
  });

  test("every form on the main pages posts (or is a search that carries no secret)", async ({ page, context, db }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "REASON");
    const pages = ["/helpdesk/sign-in", "/licensing", "/licensing/status", `/console/servers/${server.id}/properties`, wizardUrl(server.id, "reason"), `/console/servers/${server.id}/reports/new`];
    await signedIn(context, db, "SUPERVISOR");
    const request = await createRecoveryRequest(db);
    pages.push("/helpdesk/requests", `/helpdesk/requests/${request.reference}`, "/helpdesk/entitlements", "/helpdesk/entitlements/new", "/helpdesk/staff/new", "/helpdesk/phone", "/helpdesk/audit", "/helpdesk/mailbox");
    for (const path of pages) {
      await page.goto(path);
      const forms = await page.locator("form").evaluateAll((elements) =>
        elements.map((form) => ({
          method: (form.getAttribute("method") ?? "get").toLowerCase(),
          action: form.getAttribute("action"),
          search: form.getAttribute("role") === "search",
          passwords: form.querySelectorAll("input[type=password]").length,
          html: form.outerHTML.slice(0, 120),
        })),
      );
      expect(forms.length, path).toBeGreaterThan(0);
      for (const form of forms) {
        const where = `${path}: ${form.html}`;
        if (form.method === "dialog") continue;
        if (form.method === "get") {
          // A GET form is a search: it names where it goes and carries nothing secret.
          expect(form.search, where).toBe(true);
          expect(form.passwords, where).toBe(0);
          continue;
        }
        expect(form.method, where).toBe("post");
        expect(form.action, where).not.toBeNull();
      }
    }
  });
});
