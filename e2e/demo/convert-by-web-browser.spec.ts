// "To convert RDS CALs from Per User to Per Device, or from Per Device to Per User" (lib/procedure/library.ts),
// all 9 steps by Web Browser: the Manage RDS CALs Wizard's Convert RDS CALs (20 of a key pack's 45 available
// Per User CALs), the web site's Convert RDS CALs page on a computer with Internet connectivity (opened from the
// address the wizard shows, its fields filled in), and the converted pack's license key pack ID typed back. The
// script of e2e/console/convert.spec.ts's first test, captioned step by step.
import type { Page } from "@playwright/test";
import { AxeScanner } from "../a11y";
import { ConsoleWindow } from "../pages/console";
import { driverFor } from "../pages/driver";
import { LicensingSite } from "../pages/licensing";
import { openComputer, type Computer } from "./computers";
import { demoInput, libraryStep, type StepOptions } from "./demo-step";
import { expect, followProcedure, test } from "./demo-data";
import { EVENT_IDS } from "@/lib/console/events";
import { serverState } from "../console/wizard";

const step = <T>(page: Page, number: number, body: () => Promise<T>, options?: StepOptions) => libraryStep("convert", page, number, body, options);

test("convert RDS CALs by using a Web browser", async ({ page, context, browser, db, demoData }) => {
  test.slow(); // 9 steps on two computers, an axe scan per page
  // 50 Windows Server 2022 Per User CALs (5 issued) and 25 Windows Server 2019 Per Device CALs.
  const server = await demoData.licenseServer({ connectionMethod: "WEB_BROWSER" });
  const source = (await serverState(db, server.id)).keyPacks[0]!;
  await followProcedure(context, "convert");
  const axe = new AxeScanner();
  const lsm = new ConsoleWindow(driverFor(page, "mouse", axe, demoInput()));

  await step(page, 1, () => lsm.open());
  const wizard = await step(page, 2, async () => {
    await lsm.selectServer(server.name);
    return lsm.manageRdsCals();
  });
  await step(page, 3, async () => {
    await wizard.next();
    await wizard.expectPage("action-selection", "Action Selection");
  });
  await step(page, 4, async () => {
    await wizard.choose("Convert RDS CALs");
    await wizard.next();
    await wizard.expectPage("convert-key-pack", "Select the Key Pack to Convert");
  });
  await step(page, 5, async () => {
    await wizard.chooseConversion(source.keypackId, 20);
    await wizard.next();
    await wizard.expectPage("convert-obtain-key-pack", "Obtain Client License Key Pack");
  }, { withNote: true });

  let other!: Computer;
  let site!: LicensingSite;
  await step(page, 6, async () => {
    const noted = new URL((await wizard.convertSiteLink().getAttribute("href")) ?? "");
    other = await openComputer(browser, "computer with Internet connectivity");
    await followProcedure(other.context, "convert");
    site = new LicensingSite(driverFor(await other.context.newPage(), "mouse", axe, demoInput()));
    await site.page.goto(noted.pathname + noted.search);
  });
  const converted = await step(site.page, 7, () => site.convertRdsCals());

  await step(page, 8, async () => {
    await page.bringToFront();
    await wizard.enterKeyPackId(converted);
    await wizard.next();
    await wizard.expectPage("convert-completed", "Completing the Manage RDS CALs Wizard");
  });
  await step(page, 9, async () => {
    await expect(page.getByText(`Key pack ${source.keypackId} keeps 30 RDS CALs`, { exact: false })).toBeVisible();
    await wizard.finish();
    await expect(lsm.installedRdsCals(server.name)).toContainText("Windows Server 2022 - RDS Per Device CAL");
  });

  await test.step("20 Per User CALs became a Per Device pack; the source keeps 30; event 131", async () => {
    const state = await serverState(db, server.id);
    expect(state.keyPacks.map((p) => [p.calType, p.totalLicenses])).toEqual([
      ["WS2022_PER_USER", 30],
      ["WS2019_PER_DEVICE", 25],
      ["WS2022_PER_DEVICE", 20],
    ]);
    expect(state.eventIds).toContain(EVENT_IDS.CALS_CONVERTED);
  });
  const wizardPages = ["welcome", "action-selection", "convert-key-pack", "convert-obtain-key-pack", "convert-completed"];
  axe.expectCovered(["/console", ...wizardPages.map((p) => `/console/servers/*/manage-cals/${p}`), "/licensing/convert"]);
  await other.close();
});
