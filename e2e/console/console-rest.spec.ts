// Issue 29's console pieces beside the wizards (docs/decisions/037), the way a person uses them at 360 px by
// keyboard: Revoke License of Per Device CALs up to the 20% limit, View → Connect (a name mistyped, then right;
// another browser's practice server "not available") and Refresh, Properties → Telephone's Country or Region
// deciding the number shown, a CAL Usage scope unknown to the server, and Show PowerShell. Each test makes its
// own servers; axe checks the new pages; screenshots at 360 and 1280 px go to test-results.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { expectAxeClean } from "../a11y";
import { Input } from "../pages/input";
import { layoutProblems } from "../layout/support";
import { createServerWithPacks, installPack, issuePerUserCals, openRebuildRun } from "@/prisma/console-factories";
import { createPracticeServerFor } from "@/prisma/practice-factories";

const TYPING = 40;
test.use({ viewport: { width: 360, height: 800 } });

/** Tab until `target` has focus, however many servers the tree lists (tests run in parallel). */
async function reach(page: Page, target: Locator) {
  const input = new Input(page, "keyboard", { typingDelay: TYPING });
  await input.reach(target, { max: (await page.getByRole("link").count()) + (await page.getByRole("button").count()) + 20 });
  return input;
}

async function shots(page: Page, name: string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 360, height: 800 });
}

test("Revoke License: Per Device CALs up to 20% of their version, each back in the pool, then when the next is allowed", async ({ page, db }) => {
  // 10 Windows Server 2019 Per Device CALs installed: 2 may stand revoked.
  const server = await createServerWithPacks(db, {
    packs: [
      { calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 10, issued: 3 },
      { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 5, issued: 1 },
    ],
  });
  const cals = await db.issuedCal.findMany({ where: { serverId: server.id, installedKeyPack: { calType: "WS2019_PER_DEVICE" } }, orderBy: { issuedTo: "asc" } });
  await page.goto(`/console?server=${server.name}`);
  const issued = page.getByRole("table", { name: /Issued RDS CALs/ });
  await expect(issued.getByRole("row").filter({ hasText: "RDS Per User CAL" })).toContainText("Per User: cannot be revoked");

  await test.step("a wrong CAL opened by mistake, and Cancel (Back) without revoking", async () => {
    const input = await reach(page, issued.getByRole("link", { name: `Revoke the license issued to ${cals[2]!.issuedTo}` }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Revoke License" })).toBeVisible();
    await expect(page.getByText(`so you can revoke 2 more.`)).toBeVisible();
    await input.activate(page.getByRole("link", { name: "Cancel" }));
    await expect(page).toHaveURL(/\/console\?server=/);
    expect(await db.calRevocation.count({ where: { serverId: server.id } })).toBe(0);
  });

  for (const [i, left] of [[0, "You can revoke 1 more Windows Server 2019 - RDS Per Device CAL now."], [1, /^No more Windows Server 2019 - RDS Per Device CALs can be revoked now: the next revocation is allowed on \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/]] as const) {
    await test.step(`revoke the CAL of ${cals[i]!.issuedTo}`, async () => {
      const input = await reach(page, issued.getByRole("link", { name: `Revoke the license issued to ${cals[i]!.issuedTo}` }));
      await page.keyboard.press("Enter");
      await expect(page.getByText("Do you want to revoke this license?")).toBeVisible();
      if (i === 0) {
        await expectAxeClean(page);
        // Show PowerShell: the documented WMI method, on the computer's own CAL.
        const summary = page.getByText("Show PowerShell");
        await reach(page, summary);
        await page.keyboard.press("Enter");
        await expect(page.getByRole("region", { name: "PowerShell" })).toContainText(`Where-Object sIssuedToComputer -eq '${cals[i]!.issuedTo}'`);
        await expect(page.getByRole("link", { name: "Revoke method of the Win32_TSIssuedLicense class" })).toHaveAttribute("href", "https://learn.microsoft.com/en-us/windows/win32/termserv/revoke-win32-tsissuedlicense");
        expect(await layoutProblems(page, "Revoke License")).toEqual([]);
        await shots(page, "revoke-license");
      }
      await input.activate(page.getByRole("button", { name: "Revoke License" }));
      await expect(page.getByRole("status").filter({ hasText: `The license issued to ${cals[i]!.issuedTo}` })).toContainText("was revoked and returned to the pool of available licenses.");
      await expect(page.getByRole("status").filter({ hasText: `The license issued to ${cals[i]!.issuedTo}` }).locator("p").nth(1)).toHaveText(left);
    });
  }
  // Back in the pool at once: 10 installed, 1 issued now.
  await expect(page.getByRole("table", { name: /Installed RDS CALs/ }).getByRole("row").filter({ hasText: "RDS Per Device CAL" })).toContainText("9");
  await expect(page.getByRole("table", { name: "Event log" })).toContainText(`The Windows Server 2019 - RDS Per Device CAL issued to ${cals[1]!.issuedTo} (Keypack ID`);
  expect(await layoutProblems(page, "the server after a revocation")).toEqual([]);
  await shots(page, "revoked-notice");

  await test.step("the third: refused with the date, on the page and by the server", async () => {
    await page.goto(`/console/servers/${server.id}/issued-cals/${cals[2]!.id}/revoke`);
    await expect(page.getByRole("status")).toContainText(/2 of the 10 Windows Server 2019 - RDS Per Device CALs installed already stand revoked, the most allowed \(20%\)\. The next revocation is allowed on \d{4}-\d\d-\d\d/);
    await expect(page.getByRole("button", { name: "Revoke License" })).toHaveCount(0);
    await shots(page, "revoke-limit");
  });

  await test.step("right-click an issued CAL: its context menu offers Revoke License, not for a Per User CAL", async () => {
    await page.goto(`/console?server=${server.name}`);
    await issued.getByText(cals[2]!.issuedTo, { exact: true }).click({ button: "right" });
    await expect(page.getByRole("menuitem", { name: "Revoke License" })).toBeVisible();
    await page.keyboard.press("Escape");
    const perUser = await db.issuedCal.findFirstOrThrow({ where: { serverId: server.id, installedKeyPack: { calType: "WS2022_PER_USER" } } });
    await issued.getByText(perUser.issuedTo, { exact: true }).click({ button: "right" });
    await expect(page.getByRole("menuitem", { name: "Revoke License" })).toHaveAttribute("aria-disabled", "true");
  });
  expect(await db.calRevocation.count({ where: { serverId: server.id } })).toBe(2);
});

test("View → Connect: a name mistyped is not available, corrected it connects; another browser's practice server is not available; Refresh", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [] });
  const theirs = await createPracticeServerFor(db);
  await page.goto("/console");
  const view = page.getByRole("button", { name: "View" });
  const input = await reach(page, view);
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Connect" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Connect to License Server" })).toBeVisible();
  await expectAxeClean(page);
  const box = page.getByRole("textbox", { name: "License server" });
  const mistyped = server.name.slice(0, -1);

  await test.step("a name with its last character missing", async () => {
    await input.type(box, mistyped);
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Error: The license server ${mistyped} is not available.`, { exact: false })).toBeVisible();
    await expect(box).toHaveValue(mistyped);
    await shots(page, "connect-error");
  });

  await test.step("another browser's practice server: not available either", async () => {
    await input.type(box, theirs.name);
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Error: The license server ${theirs.name} is not available.`, { exact: false })).toBeVisible();
  });

  await test.step("corrected, in lower case: connects", async () => {
    await input.type(box, server.name.toLowerCase());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`server=${server.name}$`));
    await expect(page.getByRole("heading", { level: 2, name: server.name })).toBeVisible();
  });

  await test.step("Refresh shows what changed on the server since", async () => {
    await db.serverEvent.create({ data: { serverId: server.id, eventId: 40, message: "Changed behind the console's back." } });
    await expect(page.getByRole("table", { name: "Event log" })).not.toContainText("Changed behind the console's back.");
    await reach(page, view);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: "Refresh" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("table", { name: "Event log" })).toContainText("Changed behind the console's back.");
    await expect(page.getByRole("menu")).toBeHidden();
    await shots(page, "console-view-menu");
  });
});

test("Properties → Telephone asks for the Country or Region, which decides the number Obtain Client License Key Pack shows", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [], countryRegion: "US" });
  await page.goto(`/console/servers/${server.id}/properties`);
  const input = new Input(page, "keyboard", { typingDelay: TYPING });
  const country = page.getByRole("combobox", { name: "Country or Region" });
  await expect(country).toBeHidden();
  await input.select(page.getByRole("combobox", { name: "Connection method" }), "Telephone");
  await expect(country).toBeVisible();
  // A mistake: no country chosen.
  await input.select(country, "Select a country or region");
  await input.activate(page.getByRole("button", { name: "OK" }));
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link")).toHaveText(["Select the country or region you are calling from"]);
  await expectAxeClean(page);
  await shots(page, "properties-telephone");
  await input.select(country, "United Kingdom");
  await input.activate(page.getByRole("button", { name: "OK" }));
  await expect(page).toHaveURL(/\/console\?server=/);
  expect(await db.licenseServer.findUniqueOrThrow({ where: { id: server.id }, select: { connectionMethod: true, telephoneCountry: true, countryRegion: true } })).toEqual({ connectionMethod: "TELEPHONE", telephoneCountry: "GB", countryRegion: "US" });
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  await page.goto(`/console/servers/${server.id}/manage-cals/obtain-key-pack`);
  await expect(page.getByText("+44 1632 960142")).toBeVisible();
});

test("CAL Usage: the report's own example OU is unknown to the demo-like server, which names the OU under OU=Staff; corrected, the report", async ({ page, db }) => {
  const server = await createServerWithPacks(db, { packs: [] });
  const pack = await installPack(db, server, { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 20 });
  await issuePerUserCals(db, pack, [
    { issuedTo: "CONTOSO\\alice", distinguishedName: "CN=Alice,OU=Sales,OU=Staff,DC=contoso,DC=com" },
    { issuedTo: "CONTOSO\\erin", distinguishedName: "CN=Erin,OU=East,OU=Sales,OU=Staff,DC=contoso,DC=com" },
  ]);
  await page.goto(`/console/servers/${server.id}/reports/new`);
  const input = new Input(page, "keyboard", { typingDelay: TYPING });
  await input.choose(page.getByRole("radio", { name: "Organizational unit" }));
  const ou = page.getByRole("textbox", { name: "Organizational unit" });
  await input.type(ou, "OU=Sales,DC=contoso,DC=com");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Error: No Per User CAL of this license server was issued to a user in OU=Sales,DC=contoso,DC=com, so the organizational unit is not known here. Did you mean OU=Sales,OU=Staff,DC=contoso,DC=com?")).toBeVisible();
  expect(await db.calUsageReport.count({ where: { serverId: server.id } })).toBe(0);
  await shots(page, "cal-usage-unknown-ou");
  await input.type(ou, "OU=Sales,OU=Staff,DC=contoso,DC=com");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByText("CONTOSO\\erin")).toBeVisible();
});
