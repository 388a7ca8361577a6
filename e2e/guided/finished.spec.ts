// After Finish the console shows the server again: the procedure is done, not back at step 3.
import { expect, test } from "../fixtures";
import { createServerWithPacks, rebuildRunWithInstalls, SAMPLE_PACKS } from "@/prisma/console-factories";
import { openProcedurePanel } from "@/prisma/practice-factories";
import { procedurePanel } from "./support";

test("Finish on the completing page leads to the server with all 19 steps done", async ({ page, context, db }) => {
  await openProcedurePanel(context);
  const server = await createServerWithPacks(db);
  await rebuildRunWithInstalls(db, server, SAMPLE_PACKS, { finished: true });
  await page.goto(`/console/servers/${server.id}/manage-cals/completed`);
  await expect(page.getByRole("banner").getByText("Step 19 of 19")).toBeVisible();
  await page.getByRole("link", { name: "Finish" }).click();
  await expect(page.getByRole("heading", { level: 2, name: server.name })).toBeVisible();
  await expect(page.getByRole("banner").getByText("All 19 steps done")).toBeVisible();
  await expect(page.getByRole("banner").getByText("Step 3 of 19")).toHaveCount(0);
  const panel = procedurePanel(page);
  await expect(panel.getByText("You have done all 19 steps: the RD Licensing database is rebuilt.")).toBeVisible();
  await expect(panel.getByText("(done)")).toHaveCount(19);
  await expect(panel.locator('[aria-current="step"]')).toHaveCount(0);
});

test("what the rebuild changed is on the completing page", async ({ page, db }) => {
  const server = await createServerWithPacks(db);
  await rebuildRunWithInstalls(db, server, SAMPLE_PACKS.slice(0, 1), { finished: true });
  await page.goto(`/console/servers/${server.id}/manage-cals/completed`);
  // SAMPLE_PACKS: 50 + 25 licenses, 5 + 3 issued; one pack of 50 reinstalled.
  await expect(page.getByText("Before the rebuild: 2 key packs with 75 RDS CALs, 8 of them issued to clients.")).toBeVisible();
  await expect(page.getByText("After the rebuild: 1 key pack with 50 RDS CALs reinstalled.")).toBeVisible();
  const changes = page.getByRole("table", { name: "RDS CALs before and after the rebuild" });
  await expect(changes.getByRole("row")).toHaveCount(3);
  await expect(changes.getByRole("row").filter({ hasText: "Open License" }).getByRole("cell")).toHaveText(["Windows Server 2019 - RDS Per Device CAL", "Open License", "25", "0"]);
});

test("a rebuild another browser finished does not show this browser the procedure done", async ({ page, context, db }) => {
  await openProcedurePanel(context);
  const server = await createServerWithPacks(db);
  await rebuildRunWithInstalls(db, server, SAMPLE_PACKS, { finished: true });
  await page.goto(`/console?server=${encodeURIComponent(server.name)}`);
  await expect(page.getByRole("heading", { level: 2, name: server.name })).toBeVisible();
  await expect(page.getByRole("banner").getByText("Step 3 of 19")).toBeVisible();
  await expect(page.getByRole("banner").getByText("All 19 steps done")).toHaveCount(0);
});
