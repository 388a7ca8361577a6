// The not-an-administrator scenario (issue 31), a trainer and a trainee (on a phone, by keyboard) in two
// browsers: the console shows the trainee's server but refuses the wizard's first change, as the real tool
// refuses an account outside the local Administrators group; the refusal is on the trainer's view. View →
// Connect as the administrator (the account typed with one slip, corrected), and the same Next goes on.
import { randomUUID } from "node:crypto";
import { expect, test } from "../fixtures";
import { createClass } from "@/lib/practice/classroom-store";
import { signedIn } from "../helpdesk/support";
import { errorText, expectPage, next, wizardUrl } from "../console/wizard";

const TYPING = { delay: 30 };

test("not an administrator: changes refused until Connect as the administrator", async ({ browser, baseURL, db }) => {
  test.slow();
  const trainerContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const traineeContext = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const staff = await signedIn(trainerContext, db, "TRAINER");
  const made = (await createClass(db, staff.id, { id: randomUUID(), name: `Administrators ${Date.now().toString(36)}`, scenarios: ["not-administrator"] }, 8))!;
  const trainer = await trainerContext.newPage();
  await trainer.goto(`/helpdesk/classes/${made.id}`);

  const trainee = await traineeContext.newPage();
  await trainee.goto(`/class?code=${made.joinCode}`);
  await trainee.getByLabel("Your name").pressSequentially("Omar", TYPING);
  await trainee.getByLabel("Your name").press("Enter");
  await trainee.getByRole("listitem").filter({ hasText: "Rebuild a license server when your account is not an administrator" }).getByRole("button", { name: "Start" }).click();
  await expect(trainee).toHaveURL(/\/console\?server=LS-PRACTICE-/);
  const server = await db.licenseServer.findUniqueOrThrow({ where: { name: decodeURIComponent(new URL(trainee.url()).searchParams.get("server")!) } });
  // The first page after Start shows the trainee's own server (the post to /class had no practice owner cookie).
  await expect(trainee.getByText(/The console is connected with CONTOSO\\trainee, which is not a member/)).toBeVisible();

  await test.step("the wizard's first Next is refused, and the trainer sees it", async () => {
    await trainee.goto(wizardUrl(server.id, "welcome"));
    await next(trainee);
    await expect(errorText(trainee, `Access is denied. CONTOSO\\trainee is not a member of the local Administrators group on ${server.name}`)).toBeVisible();
    const card = trainer.getByRole("listitem", { name: "Omar: Rebuild a license server when your account is not an administrator" });
    await expect(card.getByTestId("run-mistakes")).toHaveText("1", { timeout: 20_000 });
  });

  await test.step("View → Connect as the administrator, typed with a slip corrected", async () => {
    await trainee.goto("/console/connect");
    await trainee.getByRole("textbox", { name: "License server", exact: true }).pressSequentially(server.name, TYPING);
    const account = trainee.getByRole("textbox", { name: /Connect as/ });
    await account.pressSequentially("CONTOSO\\lsadmn", TYPING);
    await account.press("Backspace");
    await account.pressSequentially("in", TYPING);
    await account.press("Enter");
    await expect(trainee).toHaveURL(/\/console\?server=LS-PRACTICE-/);
    await expect(trainee.getByText(/The console is connected with CONTOSO\\trainee/)).toHaveCount(0);
  });

  await test.step("the same Next goes on", async () => {
    await trainee.goto(wizardUrl(server.id, "welcome"));
    await next(trainee);
    await expectPage(trainee, "action-selection", "Action Selection");
  });

  await trainerContext.close();
  await traineeContext.close();
});
