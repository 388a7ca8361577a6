// The seven ID boxes in a real browser: the overflow cases that used to throw on every key, a paste into
// the wrong box, and characters typed before the page's script has loaded.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { useDraft } from "../clearinghouse/manage-cals";

const boxesOf = (page: Page) => page.getByRole("group", { name: "Target License Server ID" }).getByRole("textbox");

async function expectId(page: Page, id: string) {
  const boxes = boxesOf(page);
  for (let i = 0; i < 7; i++) await expect(boxes.nth(i)).toHaveValue(id.slice(i * 5, i * 5 + 5));
}

test.describe("the ID boxes", () => {
  test.beforeEach(async ({ context, db }) => {
    await useDraft(context, db, {});
  });

  test("a whole ID typed from box 4 fills the boxes from the first; typing past the end is ignored; no page error", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/licensing/manage-cals/license-server");
    const id = generateLicenseServerId();
    await boxesOf(page).nth(3).click();
    await page.keyboard.type(id, { delay: 20 });
    await expectId(page, id);
    await page.keyboard.type("999", { delay: 20 });
    await expectId(page, id);
    expect(errors).toEqual([]);
  });

  test("a whole ID pasted into box 2 fills the boxes from the first", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/licensing/manage-cals/license-server");
    const id = generateLicenseServerId();
    const spaced = id.match(/.{5}/g)!.join(" ");
    await page.evaluate((text) => navigator.clipboard.writeText(text), spaced);
    await boxesOf(page).nth(1).click();
    await page.keyboard.press("ControlOrMeta+V");
    await expectId(page, id);
  });

  test("Backspace at the start of a box deletes the last character of the one before; Home and End move across boxes", async ({ page }) => {
    await page.goto("/licensing/manage-cals/license-server");
    const id = generateLicenseServerId();
    const boxes = boxesOf(page);
    await boxes.first().click();
    await page.keyboard.type(id.slice(0, 12), { delay: 20 });
    await page.keyboard.press("Home");
    await expect(boxes.first()).toBeFocused();
    await page.keyboard.press("End");
    await expect(boxes.nth(2)).toBeFocused();
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await expect(boxes.nth(2)).toHaveValue("");
    await expect(boxes.nth(1)).toHaveValue(id.slice(5, 9));
    await expect(boxes.nth(1)).toBeFocused();
    await page.keyboard.type(id.slice(9), { delay: 20 });
    await expectId(page, id);
  });

  test("what is typed before the page's script has loaded is kept", async ({ page }) => {
    // Hold the page's JavaScript back until the person has typed.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/licensing/manage-cals/license-server", { waitUntil: "commit" });
    await expect(boxesOf(page).first()).toBeVisible();
    const id = generateLicenseServerId();
    const boxes = boxesOf(page);
    for (let i = 0; i < 7; i++) {
      await boxes.nth(i).click();
      await page.keyboard.type(id.slice(i * 5, i * 5 + 5));
    }
    release();
    await page.waitForLoadState("load");
    // Hydrated: typing now goes through React, and the earlier characters are still there.
    await expect(async () => {
      await expectId(page, id);
      expect(await page.evaluate(() => Boolean((document.querySelector("#targetLicenseServerId") as unknown as Record<string, unknown>) && Object.keys(document.querySelector("#targetLicenseServerId")!).some((k) => k.startsWith("__react"))))).toBe(true);
    }).toPass();
    await page.getByLabel("Reason for recovery").selectOption("The license server database was rebuilt");
    await page.getByLabel("License Program").selectOption({ label: "Select License" });
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/manage-cals\/company$/);
  });
});
