// A class (issue 31): a trainer and two trainees in three browsers at once, one trainee on a phone (360 px).
// The trainer creates a class; the trainees join with its code (one mistypes and corrects), each starts the
// rebuild scenario on a server of their own; one's refused mistake and opened hint reach the trainer's view
// without a reload; the trainer resets the other's server after the page that asks. Attacks: another
// trainee's server, a forged trainee cookie, another trainer's class.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { createLicenseServer } from "@/prisma/factories";
import { issueKeyPackFor, openRebuildRun } from "@/prisma/console-factories";
import { signedIn } from "../helpdesk/support";
import { enterKeyPackId, errorText, next, wizardUrl } from "../console/wizard";

const TYPING = { delay: 30 };
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 900 };

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

async function join(context: BrowserContext, url: string, name: string, options: { mistypeCode?: string } = {}) {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Join a class" })).toBeVisible();
  if (options.mistypeCode) {
    const code = page.getByLabel("Class code");
    await code.fill("");
    await code.pressSequentially(options.mistypeCode, TYPING);
  }
  // A letter too many, corrected with Backspace; Enter submits.
  const field = page.getByLabel("Your name");
  await field.pressSequentially(`${name}x`, TYPING);
  await field.press("Backspace");
  await field.press("Enter");
  return page;
}

test("a trainer and two trainees, one on a phone, in three browsers at once", async ({ browser, baseURL, db }, testInfo) => {
  // Three browsers and a dozen pages: 48 s on a quiet machine, over the minute under the shared machine's load.
  test.slow();
  const trainerContext = await browser.newContext({ baseURL, viewport: DESK });
  const anaContext = await browser.newContext({ baseURL, viewport: PHONE, isMobile: true, hasTouch: true });
  const benContext = await browser.newContext({ baseURL, viewport: DESK });
  const trainer = await trainerContext.newPage();
  const suffix = Date.now().toString(36);

  let code = "";
  await test.step("the trainer creates a class and gets its code and link", async () => {
    await signedIn(trainerContext, db, "TRAINER");
    await trainer.goto("/helpdesk/requests");
    await expect(trainer).toHaveURL(/\/helpdesk\/classes$/);
    await expect(trainer.getByRole("navigation", { name: "Helpdesk" }).getByRole("link", { name: "Recovery requests" })).toHaveCount(0);
    await trainer.getByRole("button", { name: "Create class" }).click();
    await expect(errorText(trainer, "Enter the class name")).toBeVisible();
    await trainer.getByLabel("Class name").pressSequentially(`Rebuild class ${suffix}`, TYPING);
    await trainer.getByLabel("Activate a new license server by telephone").uncheck();
    await trainer.getByRole("button", { name: "Create class" }).click();
    await expect(trainer.getByRole("heading", { level: 1, name: `Rebuild class ${suffix}` })).toBeVisible();
    code = (await trainer.getByTestId("join-code").textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{8}$/);
    await expect(trainer.getByText("Nobody has joined yet.")).toBeVisible();
    await expect(trainer.getByText("Updates by itself every 5 seconds.")).toBeVisible();
  });

  const ana = await join(anaContext, `/class?code=${code}`, "Ana");
  await expect(ana.getByRole("heading", { level: 1, name: `Rebuild class ${suffix}` })).toBeVisible();
  await expect(ana.getByText("You are Ana.")).toBeVisible();
  await noSidewaysScroll(ana);

  const ben = await join(benContext, "/class", "Ben", { mistypeCode: "ZZZZ-ZZZZ" });
  await expect(errorText(ben, "No class has this code, or the class has ended. Check the code with your trainer.")).toBeVisible();
  // What was typed is kept; the code is corrected and sent again.
  await expect(ben.getByLabel("Your name")).toHaveValue("Ben");
  await ben.getByLabel("Class code").fill("");
  await ben.getByLabel("Class code").pressSequentially(code.toLowerCase(), TYPING);
  await ben.getByRole("button", { name: "Join the class" }).click();
  await expect(ben.getByText("You are Ben.")).toBeVisible();

  const start = async (page: Page) => {
    const scenario = page.getByRole("listitem").filter({ hasText: "Rebuild a license server whose database must be rebuilt" });
    await scenario.getByRole("button", { name: "Start" }).click();
    await expect(page).toHaveURL(/\/console\?server=LS-PRACTICE-/);
    const name = decodeURIComponent(new URL(page.url()).searchParams.get("server")!);
    return db.licenseServer.findUniqueOrThrow({ where: { name } });
  };
  const anaServer = await start(ana);
  const benServer = await start(ben);
  expect(anaServer.id).not.toBe(benServer.id);

  await test.step("each trainee sees only their own server", async () => {
    await expect(ana.getByRole("navigation", { name: "License servers" }).getByRole("link", { name: benServer.name })).toHaveCount(0);
    expect((await ana.goto(`/console/servers/${benServer.id}/manage-cals/welcome`))?.status()).toBe(404);
    expect((await ana.goto(`/console/servers/${benServer.id}/reset-practice`))?.status()).toBe(404);
  });

  await test.step("Ana opens a hint and the app refuses a license key pack ID issued for another server", async () => {
    await ana.goto("/class");
    await ana.getByRole("button", { name: "Show a hint (1 of 3)" }).click();
    await expect(ana.getByText(/^Hint: Before you start, change the connection method/)).toBeVisible();
    await ana.goBack();
    await ana.goForward();
    await expect(ana.getByRole("button", { name: "Show a hint (2 of 3)" })).toBeVisible();
    await openRebuildRun(db, anaServer, "OBTAIN_KEY_PACK", { deleted: true });
    const forOther = await issueKeyPackFor(db, await createLicenseServer(db), { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 10 });
    await ana.goto(wizardUrl(anaServer.id, "obtain-key-pack"));
    await enterKeyPackId(ana, forOther);
    await next(ana);
    await expect(errorText(ana, /was issued for a different license server/)).toBeVisible();
  });

  await test.step("the trainer's view shows it without a reload", async () => {
    const anaCard = trainer.getByRole("listitem", { name: "Ana: Rebuild a license server whose database must be rebuilt" });
    await expect(anaCard).toBeVisible({ timeout: 15_000 });
    await expect(anaCard.getByText("Mistakes refused")).toBeVisible();
    await expect(anaCard.locator("dd").first()).toHaveText("1", { timeout: 15_000 });
    await expect(anaCard.locator("dd").nth(1)).toHaveText("1");
    await expect(anaCard.getByTestId("run-where")).toContainText("Step 9 of 19", { timeout: 15_000 });
    await anaCard.getByText("The mistakes").click();
    await expect(anaCard.getByText(/was issued for a different license server/)).toBeVisible();
    await trainer.screenshot({ path: testInfo.outputPath("trainer-1280.png"), fullPage: true });
    await trainer.setViewportSize(PHONE);
    await noSidewaysScroll(trainer);
    await trainer.screenshot({ path: testInfo.outputPath("trainer-360.png"), fullPage: true });
    await trainer.setViewportSize(DESK);
  });

  await test.step("the trainer resets Ben's server after the page that asks; Cancel there changes nothing", async () => {
    await openRebuildRun(db, benServer, "OBTAIN_KEY_PACK", { deleted: true });
    const benCard = trainer.getByRole("listitem", { name: "Ben: Rebuild a license server whose database must be rebuilt" });
    await benCard.getByRole("link", { name: /^Reset/ }).click();
    await expect(trainer.getByRole("heading", { level: 1, name: `Reset ${benServer.name} of Ben?` })).toBeVisible();
    await trainer.getByRole("link", { name: "Cancel" }).click();
    expect(await db.installedKeyPack.count({ where: { serverId: benServer.id } })).toBe(0);
    await benCard.getByRole("link", { name: /^Reset/ }).click();
    await trainer.getByRole("button", { name: "Reset practice server" }).click();
    await expect(trainer.getByRole("status").filter({ hasText: `${benServer.name} was reset to its starting state.` })).toBeVisible();
    expect(await db.installedKeyPack.count({ where: { serverId: benServer.id } })).toBe(3);
    // Ana's server was not touched.
    expect(await db.wizardRun.count({ where: { serverId: anaServer.id, status: "IN_PROGRESS" } })).toBe(1);
  });

  await test.step("the CSV has a row per run", async () => {
    const csv = await trainer.request.get(`${new URL(trainer.url()).pathname}/scores.csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("Trainee,Scenario,Procedure,License server,Started,Finished,Minutes to the goal,Mistakes refused,Hints opened,Score");
    expect(text).toContain(`Ana,Rebuild a license server whose database must be rebuilt,rebuild-web,${anaServer.name}`);
  });

  await test.step("Ana's result page", async () => {
    await ana.goto("/class/result");
    await expect(ana.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
    await expect(ana.getByText("Not finished yet. Mistakes the app refused: 1. Hints opened: 1.")).toBeVisible();
    await noSidewaysScroll(ana);
  });

  await test.step("a forged trainee cookie is nobody, and another trainer cannot open the class", async () => {
    const cookies = await benContext.cookies();
    const trainee = cookies.find((c) => c.name === "rdls_trainee")!;
    // Ana's trainee id under Ben's signature: the MAC no longer matches.
    const mac = trainee.value.slice(trainee.value.lastIndexOf(".") + 1);
    await benContext.addCookies([{ ...trainee, value: `t1.${anaServer.traineeId}.${mac}` }]);
    const forged = await benContext.newPage();
    await forged.goto("/class");
    await expect(forged.getByRole("heading", { level: 1, name: "Join a class" })).toBeVisible();

    const otherContext = await browser.newContext({ baseURL });
    await signedIn(otherContext, db, "TRAINER");
    const other = await otherContext.newPage();
    expect((await other.goto(new URL(trainer.url()).pathname))?.status()).toBe(404);
    expect((await other.request.get(`${new URL(trainer.url()).pathname}/scores.csv`)).status()).toBe(404);
    expect((await other.goto(`${new URL(trainer.url()).pathname}/servers/${anaServer.id}/remove`))?.status()).toBe(404);
    await otherContext.close();
  });

  await Promise.all([trainerContext.close(), anaContext.close(), benContext.close()]);
});

test("an agent cannot open classes; a trainer is sent from the queue to their classes", async ({ browser, baseURL, db }) => {
  const agentContext = await browser.newContext({ baseURL });
  await signedIn(agentContext, db, "AGENT");
  const agent = await agentContext.newPage();
  await agent.goto("/helpdesk/classes");
  await expect(agent).toHaveURL(/\/helpdesk\/forbidden$/);
  await expect(agent.getByRole("navigation", { name: "Helpdesk" }).getByRole("link", { name: "Classes" })).toHaveCount(0);
  expect((await agent.request.get("/helpdesk/classes/00000000-0000-0000-0000-000000000000/scores.csv")).status()).toBe(403);
  await agentContext.close();

  const trainerContext = await browser.newContext({ baseURL });
  await signedIn(trainerContext, db, "TRAINER");
  const trainer = await trainerContext.newPage();
  await trainer.goto("/helpdesk/phone");
  await expect(trainer).toHaveURL(/\/helpdesk\/classes$/);
  expect((await trainer.request.get("/helpdesk/entitlements/export")).status()).toBe(403);
  await trainerContext.close();
});
