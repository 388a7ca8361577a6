// The supervisor's overview (issue 14, point 8). Other tests add requests at the same time, so this checks
// what a request of its own changes and how the page reads; lib/helpdesk/overview.db.test.ts checks the
// figures exactly.
import { expect, test } from "../fixtures";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { signedIn } from "./support";

test("the overview shows today's requests, the decisions, the oldest waiting and the overrides, drawn without script", async ({ page, db, context }) => {
  await signedIn(context, db, "SUPERVISOR");
  const oldest = await createRecoveryRequest(db, { createdAt: new Date(Date.now() - 400 * 86_400_000) });
  const decided = await createRecoveryRequest(db, { status: "REJECTED" });
  await page.goto("/helpdesk/overview");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  // A request waiting for 400 days is older than anything the suite makes: it is the oldest.
  await expect(page.getByText("Awaiting review now").locator("..")).toContainText(`Oldest: ${oldest.reference}, waiting 400 d`);
  await expect(page.getByRole("img", { name: /^Requests received per day: bar chart/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Decisions per day: bar chart/ })).toBeVisible();
  const table = page.getByRole("table", { name: /Requests received and decided per day/ });
  await expect(table.getByRole("row")).toHaveCount(15);
  const today = table.getByRole("row").nth(1);
  expect(Number((await today.getByRole("cell").nth(4).textContent())!.replace(/,/g, ""))).toBeGreaterThanOrEqual(1);
  expect(decided.decidedAt).not.toBeNull();
  await page.getByRole("link", { name: "List every override" }).click();
  await expect(page).toHaveURL(/\/helpdesk\/audit\?entityType=RecoveryRequest&action=request\.override/);
  await expect(page.getByLabel("Action starts with")).toHaveValue("request.override");
});
