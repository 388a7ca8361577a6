// A double click, two tabs posting at once, or a replayed post never deletes or installs twice, and never
// shows an error: the database's conditional updates decide (lib/console/wizard-engine/run-store.ts, lib/console/manage-cals/mutations.ts).
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createServerWithPacks, issueKeyPackFor, openRebuildRun } from "@/prisma/console-factories";
import { CONFIRM_LABEL, enterKeyPackId, expectPage, serverState, wizardUrl } from "./wizard";

const PACK = { calType: "WS2016_PER_DEVICE", licenseProgram: "CAMPUS_AGREEMENT", quantity: 15 } as const;
const nextButton = (page: Page) => page.getByRole("button", { name: "Next" });

test.describe("Confirm Deletion of RDS CALs", () => {
  test("a double click on Next deletes once", async ({ page, db }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "CONFIRM_DELETION");
    await page.goto(wizardUrl(server.id, "confirm-deletion"));
    await page.getByLabel(CONFIRM_LABEL).check();
    await nextButton(page).dblclick();
    await expectPage(page, "reinstalling", "Reinstalling RDS CALs");
    const state = await serverState(db, server.id);
    expect(state.eventIds.filter((id) => id === 86)).toHaveLength(1);
    expect(state.runs[0]).toMatchObject({ deletedKeyPacks: 2, deletedCals: 8 });
  });

  test("two tabs clicking Next at once delete once, and both land after the deletion", async ({ context, db }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "CONFIRM_DELETION");
    const pages = [await context.newPage(), await context.newPage()];
    for (const page of pages) {
      await page.goto(wizardUrl(server.id, "confirm-deletion"));
      await page.getByLabel(CONFIRM_LABEL).check();
    }
    await Promise.all(pages.map((page) => nextButton(page).click()));
    for (const page of pages) await expectPage(page, "reinstalling", "Reinstalling RDS CALs");
    const state = await serverState(db, server.id);
    expect(state.eventIds.filter((id) => id === 86)).toHaveLength(1);
    // The counts are the first deletion's, not a second one's zeros.
    expect(state.runs[0]).toMatchObject({ deletedKeyPacks: 2, deletedCals: 8 });
  });
});

test.describe("Obtain Client License Key Pack", () => {
  test("a double click on Next installs once", async ({ page, db }) => {
    const server = await createServerWithPacks(db, { packs: [] });
    await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
    const id = await issueKeyPackFor(db, server, PACK);
    await page.goto(wizardUrl(server.id, "obtain-key-pack"));
    await enterKeyPackId(page, id);
    await nextButton(page).dblclick();
    await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
    const state = await serverState(db, server.id);
    expect(state.keyPacks.map((p) => p.licenseKeyPackId)).toEqual([id]);
    expect(state.eventIds).toEqual([87]);
  });

  test("two tabs installing the same ID at once install it once, without an error", async ({ context, db }) => {
    const server = await createServerWithPacks(db, { packs: [] });
    await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
    const id = await issueKeyPackFor(db, server, PACK);
    const pages = [await context.newPage(), await context.newPage()];
    for (const page of pages) {
      await page.goto(wizardUrl(server.id, "obtain-key-pack"));
      await enterKeyPackId(page, id);
    }
    await Promise.all(pages.map((page) => nextButton(page).click()));
    for (const page of pages) await expectPage(page, "reinstall-additional", "Reinstalling Additional RDS CALs");
    const state = await serverState(db, server.id);
    expect(state.keyPacks).toHaveLength(1);
    expect(state.eventIds).toEqual([87]);
  });

  test("the same ID posted again right after it was installed lands on Reinstalling Additional RDS CALs", async ({ context, db }) => {
    const server = await createServerWithPacks(db, { packs: [] });
    await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
    const id = await issueKeyPackFor(db, server, PACK);
    // A second tab still showing the page, as the browser's Back button would.
    const [first, stale] = [await context.newPage(), await context.newPage()];
    for (const page of [first, stale]) await page.goto(wizardUrl(server.id, "obtain-key-pack"));
    await enterKeyPackId(first, id);
    await nextButton(first).click();
    await expectPage(first, "reinstall-additional", "Reinstalling Additional RDS CALs");

    await enterKeyPackId(stale, id);
    await nextButton(stale).click();
    await expectPage(stale, "reinstall-additional", "Reinstalling Additional RDS CALs");
    await expect(stale.getByText(/already installed/)).toHaveCount(0);
    const state = await serverState(db, server.id);
    expect(state.keyPacks).toHaveLength(1);
    expect(state.eventIds).toEqual([87]);
  });
});
