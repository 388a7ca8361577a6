// Create Report → CAL Usage (issue 17 point 3): a scope typed with mistakes and corrected, the report and its
// holders, Save As (CSV), Delete (twice), a workgroup server, the keyboard alone, and the layout at 360 and
// 1280 px. Every test makes its own server with the factories; axe checks each page it reaches.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { expectAxeClean } from "../a11y";
import { countPointerEvents, Input } from "../pages/input";
import { layoutProblems } from "../layout/support";
import type { Database } from "@/lib/prisma-client";
import { createServerWithPacks, installPack, issuePerUserCals } from "@/prisma/console-factories";

const TYPING = { delay: 40 };

/** A domain server with Per User CALs of two types (users of CONTOSO, in OUs, and of FABRIKAM) and some Per Device ones. */
async function serverWithUsers(db: Database) {
  const server = await createServerWithPacks(db, { packs: [{ calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 10, issued: 3 }] });
  const p2022 = await installPack(db, server, { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 50 });
  const p2019 = await installPack(db, server, { calType: "WS2019_PER_USER", licenseProgram: "SELECT_LICENSE", quantity: 20 });
  await issuePerUserCals(db, p2022, [
    { issuedTo: "CONTOSO\\alice", distinguishedName: "CN=Alice Smith,OU=Sales,DC=contoso,DC=com" },
    { issuedTo: "=cmd@contoso.com", distinguishedName: "CN=Cmd,OU=IT,DC=contoso,DC=com" },
    { issuedTo: 'CONTOSO\\o"neil, pat', distinguishedName: "CN=Pat,OU=East,OU=Sales,DC=contoso,DC=com" },
    { issuedTo: "FABRIKAM\\bruno", distinguishedName: "CN=Bruno,OU=Users,DC=fabrikam,DC=com" },
  ]);
  await issuePerUserCals(db, p2019, [{ issuedTo: "contoso\\chen" }]);
  return server;
}

const menuItem = (page: Page, name: string) => page.getByRole("menuitem", { name });
const summary = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });
const createButton = (page: Page) => page.getByRole("button", { name: "Create Report" });

async function openCreateReport(page: Page, serverName: string) {
  await page.goto(`/console?server=${encodeURIComponent(serverName)}`);
  await expect(async () => {
    await page.getByRole("button", { name: "Action" }).click();
    await expect(page.getByRole("group", { name: "Create Report" })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await menuItem(page, "CAL Usage").click();
  await expect(page.getByRole("heading", { level: 1, name: "CAL Usage" })).toBeVisible();
}

/** Types into a box like a person, key by key, after emptying it; every character must land. */
async function typeInto(page: Page, label: string, text: string) {
  const box = page.getByRole("textbox", { name: label });
  await box.clear();
  await box.pressSequentially(text, TYPING);
  await expect(box).toHaveValue(text);
}

test("a domain typed wrong, then right, makes a report of that domain's Per User CALs", async ({ page, db }) => {
  const server = await serverWithUsers(db);
  await openCreateReport(page, server.name);
  await expectAxeClean(page);
  await page.getByRole("radio", { name: "Domain", exact: true }).check();

  await test.step("no domain: the error is next to the box and in the summary", async () => {
    await createButton(page).click();
    await expect(summary(page).getByRole("link")).toHaveText(["Enter the domain, like CONTOSO or contoso.com"]);
    await expect(summary(page)).toBeFocused();
    await expect(page.getByRole("textbox", { name: "Domain" })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Error: Enter the domain, like CONTOSO or contoso.com")).toBeVisible();
    await expectAxeClean(page, "CAL Usage with an error");
  });

  await test.step("a down-level name instead of a domain: refused, and what was typed is kept", async () => {
    await typeInto(page, "Domain", "CONTOSO\\alice");
    await createButton(page).click();
    await expect(summary(page).getByRole("link")).toHaveText([/^Enter the domain as a NetBIOS name/]);
    await expect(page.getByRole("textbox", { name: "Domain" })).toHaveValue("CONTOSO\\alice");
    expect(await db.calUsageReport.count({ where: { serverId: server.id } })).toBe(0);
  });

  await test.step("corrected: the report of CONTOSO", async () => {
    await typeInto(page, "Domain", "contoso");
    await expect(page.getByRole("textbox", { name: "Domain" })).not.toHaveAttribute("aria-invalid", "true");
    await createButton(page).click();
    await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("definition").filter({ hasText: "Domain: CONTOSO" })).toBeVisible();
    const totals = page.getByRole("table", { name: "Per User CALs installed and issued" });
    await expect(totals.getByRole("row")).toHaveText([
      /License Version and Type.*Per User CALs installed.*Per User CALs issued/,
      /Windows Server 2022 - RDS Per User CAL\s*50\s*3/,
      /Windows Server 2019 - RDS Per User CAL\s*20\s*1/,
      /Total\s*70\s*4/,
    ]);
    const holders = page.getByRole("table", { name: "Users holding Per User CALs" });
    await expect(holders.getByRole("row").locator("td:first-child")).toHaveText(["=cmd@contoso.com", "CONTOSO\\alice", "contoso\\chen", 'CONTOSO\\o"neil, pat']);
    await expectAxeClean(page, "a CAL Usage report");
  });

  const [report] = await db.calUsageReport.findMany({ where: { serverId: server.id } });
  expect(report).toMatchObject({ scope: "DOMAIN", scopeValue: "CONTOSO", installed: 70, issued: 4 });
  // The tree's Reports node lists it, marked as the page open now.
  await expect(page.getByRole("navigation", { name: "License servers" }).getByRole("link", { name: /Domain: CONTOSO/ })).toHaveAttribute("aria-current", "page");
});

test("a malformed organizational unit is refused; corrected, the report holds that OU and the ones under it", async ({ page, db }) => {
  const server = await serverWithUsers(db);
  await page.goto(`/console/servers/${server.id}/reports/new`);
  await page.getByRole("radio", { name: "Organizational unit" }).check();
  await typeInto(page, "Organizational unit", "Sales");
  await createButton(page).click();
  await expect(summary(page).getByRole("link")).toHaveText([/^Enter the organizational unit as a distinguished name/]);
  // The summary's link takes the person to the box, holding what they typed.
  await summary(page).getByRole("link").click();
  await expect(page.getByRole("textbox", { name: "Organizational unit" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Organizational unit" })).toHaveValue("Sales");

  await typeInto(page, "Organizational unit", "ou=Sales, DC=contoso,DC=com");
  await createButton(page).click();
  await expect(page.getByRole("definition").filter({ hasText: "Organizational unit: OU=Sales,DC=contoso,DC=com" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Users holding Per User CALs" }).getByRole("row").locator("td:first-child")).toHaveText(["CONTOSO\\alice", 'CONTOSO\\o"neil, pat']);
});

test("Save As writes a CSV a spreadsheet opens: headers, quoting, and a formula neutralised", async ({ page, db }) => {
  const server = await serverWithUsers(db);
  await page.goto(`/console/servers/${server.id}/reports/new`);
  await expect(page.getByRole("radio", { name: "All trusted domains" })).toBeChecked();
  await createButton(page).click();
  await expect(page.getByRole("definition").filter({ hasText: "All trusted domains" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Save As (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${server.name}-cal-usage-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text).toContain('"CONTOSO\\o""neil, pat"');
  const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
  expect(rows.slice(0, 4).map((r) => r[0])).toEqual(["CAL Usage", "License server", "Created", "Scope"]);
  expect(rows[3]).toEqual(["Scope", "All trusted domains"]);
  expect(rows).toContainEqual(["License Version and Type", "Per User CALs installed", "Per User CALs issued"]);
  expect(rows).toContainEqual(["Total", "70", "5"]);
  const header = rows.findIndex((r) => r[0] === "Issued To");
  expect(rows[header]).toEqual(["Issued To", "License Version and Type", "Keypack ID", "Issued On", "Expires On"]);
  expect(rows.slice(header + 1).map((r) => r[0])).toEqual(["'=cmd@contoso.com", "CONTOSO\\alice", "contoso\\chen", 'CONTOSO\\o"neil, pat', "FABRIKAM\\bruno"]);
  expect(rows.at(-1)).toEqual(["FABRIKAM\\bruno", "Windows Server 2022 - RDS Per User CAL", expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), "Does not expire"]);
});

test("Delete asks first, deletes, and a second Delete from another tab says it was already deleted", async ({ context, page, db }) => {
  const server = await serverWithUsers(db);
  await page.goto(`/console/servers/${server.id}/reports/new`);
  await createButton(page).dblclick();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  // The double click made one report.
  expect(await db.calUsageReport.count({ where: { serverId: server.id } })).toBe(1);
  const reportUrl = page.url();

  await page.getByRole("link", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete CAL Usage report" })).toBeVisible();
  await expectAxeClean(page);
  const second = await context.newPage();
  await second.goto(page.url());

  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status")).toHaveText("The report was deleted.");
  await expect(page.getByRole("table", { name: "CAL Usage reports" })).toContainText("No CAL Usage reports have been created on this license server.");
  await expectAxeClean(page, "Reports after a delete");
  expect(await db.calUsageReport.count({ where: { serverId: server.id } })).toBe(0);

  await second.getByRole("button", { name: "Delete" }).click();
  await expect(second.getByRole("status")).toHaveText("That report had already been deleted.");
  expect((await page.goto(reportUrl))?.status()).toBe(404);
});

test("a workgroup server says why Per User CALs are not tracked, and offers no report", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { domain: null });
  await openCreateReport(page, server.name);
  await expect(page.getByRole("status")).toContainText("This license server is in a workgroup, not a domain. Per User CALs are not tracked in a workgroup");
  await expect(createButton(page)).toHaveCount(0);
  await expectAxeClean(page, "CAL Usage on a workgroup server");
  await page.goto(`/console/servers/${server.id}/reports`);
  await expect(page.getByText("Per User CALs are not tracked in a workgroup")).toBeVisible();
  await expect(page.getByRole("link", { name: "Create Report: CAL Usage" })).toHaveCount(0);
  await expectAxeClean(page, "Reports on a workgroup server");
});

test("a report is created with the keyboard alone, from the server's context menu", async ({ context, page, db }) => {
  const pointer = await countPointerEvents(context);
  const server = await serverWithUsers(db);
  const input = new Input(page, "keyboard", { typingDelay: TYPING.delay });
  await page.goto("/console");
  const node = page.getByRole("navigation", { name: "License servers" }).getByRole("link", { name: server.name, exact: true });
  await input.reach(node, { max: (await page.getByRole("link").count()) + 20 });
  await page.keyboard.press("Shift+F10");
  // The menu opens on its first command this server allows (Activate Server is unavailable once activated).
  await expect(menuItem(page, "Install Licenses")).toBeFocused();
  for (let i = 0; i < 8 && !(await menuItem(page, "CAL Usage").evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("ArrowDown");
  await expect(menuItem(page, "CAL Usage")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "CAL Usage" })).toBeVisible();

  await input.choose(page.getByRole("radio", { name: "Domain", exact: true }));
  await input.type(page.getByRole("textbox", { name: "Domain" }), "FABRIKAM");
  await input.activate(createButton(page));
  await expect(page.getByRole("definition").filter({ hasText: "Domain: FABRIKAM" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Users holding Per User CALs" }).getByRole("row").locator("td:first-child")).toHaveText(["FABRIKAM\\bruno"]);
  expect(pointer()).toBe(0);
});

test("the report pages do not scroll sideways at 360 and 1280 px", async ({ page, db }) => {
  const server = await serverWithUsers(db);
  await page.goto(`/console/servers/${server.id}/reports/new`);
  await page.getByRole("radio", { name: "Organizational unit" }).check();
  await typeInto(page, "Organizational unit", "OU=Sales,DC=contoso,DC=com");
  await createButton(page).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const report = page.url();
  const problems: string[] = [];
  for (const url of [report, `${report}/delete`, `/console/servers/${server.id}/reports`, `/console/servers/${server.id}/reports/new`]) {
    await page.goto(url);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) problems.push(`${url} at ${width} px: ${scrollWidth} px wide`);
    }
  }
  expect(problems).toEqual([]);
  // The shared checks too (grouped IDs, every width), on the report itself.
  await page.goto(report);
  expect(await layoutProblems(page, "a CAL Usage report")).toEqual([]);
});
