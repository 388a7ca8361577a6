// A trainee's mistake the browser catches reaches the trainer (issue 31): a trainer and a trainee (on a phone,
// 360 px, by keyboard) in two browsers. The trainee's form refuses an empty field in the browser, with no
// post to its action; the trainer's view shows it without a reload, beside the server's refusals, with the
// field's name and nothing typed.
import { randomUUID } from "node:crypto";
import { expect, test } from "../fixtures";
import { createClass } from "@/lib/practice/classroom-store";
import { signedIn } from "../helpdesk/support";
import { countPosts, summaryOf } from "../forms/support";

const TYPING = { delay: 30 };

test("a mistake the trainee's browser caught shows in the trainer's live view", async ({ browser, baseURL, db }) => {
  test.slow();
  const trainerContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const traineeContext = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const staff = await signedIn(trainerContext, db, "TRAINER");
  const made = (await createClass(db, staff.id, { id: randomUUID(), name: `Browser mistakes ${Date.now().toString(36)}`, scenarios: ["rebuild-database"] }, 8))!;
  const trainer = await trainerContext.newPage();
  await trainer.goto(`/helpdesk/classes/${made.id}`);
  await expect(trainer.getByText("Nobody has joined yet.")).toBeVisible();

  const trainee = await traineeContext.newPage();
  await test.step("the trainee joins by keyboard, one letter too many corrected, and starts the rebuild", async () => {
    await trainee.goto(`/class?code=${made.joinCode}`);
    const name = trainee.getByLabel("Your name");
    await name.pressSequentially("Rosax", TYPING);
    await name.press("Backspace");
    await name.press("Enter");
    await expect(trainee.getByText("You are Rosa.")).toBeVisible();
    await trainee.getByRole("listitem").filter({ hasText: "Rebuild a license server whose database must be rebuilt" }).getByRole("button", { name: "Start" }).click();
    await expect(trainee).toHaveURL(/\/console\?server=LS-PRACTICE-/);
  });

  await trainee.goto("/console/connect");
  const posts = countPosts(trainee);
  await test.step("View → Connect with the name left empty: the browser refuses it", async () => {
    const server = trainee.getByRole("textbox", { name: "License server", exact: true });
    await server.focus();
    await server.press("Enter");
    await expect(summaryOf(trainee)).toContainText("Enter the name of the license server to connect to");
  });

  await test.step("the trainer's view shows it without a reload: the field's name, caught in the browser", async () => {
    const card = trainer.getByRole("listitem", { name: "Rosa: Rebuild a license server whose database must be rebuilt" });
    await expect(card.getByTestId("run-mistakes")).toHaveText("1 (1 caught in the browser)", { timeout: 20_000 });
    await card.getByText("The mistakes").click();
    await expect(card.getByText(/^Caught by the browser on \/console\/connect: serverName \(\w+\)$/)).toBeVisible();
    // One post from the trainee's page: the report. The form itself was never posted (the server would
    // have refused it too, and the count would be 2).
    expect(posts).toHaveLength(1);
  });

  await trainerContext.close();
  await traineeContext.close();
});
