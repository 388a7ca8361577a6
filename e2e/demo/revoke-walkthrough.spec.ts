// "To revoke an RDS Per Device CAL" (lib/procedure/library.ts), its 4 steps in the console: select the
// server, right-click the computer under Issued RDS CALs, Revoke License, and the CAL back in the pool. The
// procedure of e2e/console/console-rest.spec.ts's Revoke License test, captioned step by step; the page's
// step counter must agree with each caption (e2e/demo/demo-data.ts).
import type { Page } from "@playwright/test";
import { AxeScanner } from "../a11y";
import { ConsoleWindow } from "../pages/console";
import { driverFor } from "../pages/driver";
import { demoInput, libraryStep, type StepOptions } from "./demo-step";
import { expect, followProcedure, test } from "./demo-data";

const step = <T>(page: Page, number: number, body: () => Promise<T>, options?: StepOptions) => libraryStep("revoke", page, number, body, options);

test("revoke an RDS Per Device CAL: right-click the computer, Revoke License, the CAL back in the pool", async ({ page, context, db, demoData }) => {
  // 10 Windows Server 2019 Per Device CALs installed, 4 issued: 2 (20%) may stand revoked.
  const server = await demoData.licenseServer({ packs: [{ calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 10, issued: 4 }] });
  const [cal] = await db.issuedCal.findMany({ where: { serverId: server.id }, orderBy: { issuedTo: "asc" } });
  await followProcedure(context, "revoke");
  const axe = new AxeScanner();
  const lsm = new ConsoleWindow(driverFor(page, "mouse", axe, demoInput()));
  const issued = page.getByRole("table", { name: /^Issued RDS CALs/ });

  await step(page, 1, () => lsm.open());
  await step(page, 2, async () => {
    await lsm.selectServer(server.name);
    await expect(issued.getByRole("row").filter({ hasText: cal!.issuedTo })).toContainText("Windows Server 2019 - RDS Per Device CAL");
  });
  await step(page, 3, async () => {
    await issued.getByText(cal!.issuedTo, { exact: true }).click({ button: "right" });
    await page.getByRole("menuitem", { name: "Revoke License" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Revoke License" })).toBeVisible();
    await expect(page.getByText("so you can revoke 2 more.")).toBeVisible();
    await axe.scan(page);
  }, { withNote: true });
  await step(page, 4, async () => {
    await expect(page.getByText("Do you want to revoke this license?")).toBeVisible();
    await page.getByRole("button", { name: "Revoke License" }).click();
    await expect(page.getByRole("status").filter({ hasText: `The license issued to ${cal!.issuedTo}` })).toContainText("was revoked and returned to the pool of available licenses.");
    await expect(issued.getByRole("row").filter({ hasText: cal!.issuedTo })).toHaveCount(0);
    await axe.scan(page);
  }, { withNote: true });

  await test.step("the CAL is revoked in the database: back in its pack's pool, its revocation recorded", async () => {
    expect(await db.issuedCal.findUnique({ where: { id: cal!.id } })).toBeNull();
    expect(await db.issuedCal.count({ where: { serverId: server.id } })).toBe(3);
    expect(await db.calRevocation.findUniqueOrThrow({ where: { issuedCalId: cal!.id } })).toMatchObject({ serverId: server.id, issuedTo: cal!.issuedTo, calType: "WS2019_PER_DEVICE" });
  });
});
