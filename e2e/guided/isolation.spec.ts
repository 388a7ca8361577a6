// A practice server belongs to one browser: another browser neither lists it nor reaches any of its pages
// (404), and Start a practice rebuild again opens the same server instead of making a second one.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures";
import { createCalUsageReportFor } from "@/prisma/console-factories";
import { startPractice } from "./support";

const SERVER_ROUTES = path.join(process.cwd(), "app/(console)/console/servers/[serverId]");

/** Every page and route of one server in app/ (so a new one is checked too), with its ids and a first page. */
function serverAddresses(serverId: string, reportId: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : walk(path.join(dir, entry.name));
      return entry.name === "page.tsx" || entry.name === "route.ts" ? [path.relative(SERVER_ROUTES, dir)] : [];
    });
  return walk(SERVER_ROUTES).map((route) =>
    `/console/servers/${serverId}/${route.split(path.sep).join("/")}`.replace(/\/$/, "").replace("[reportId]", reportId).replace("[step]", "welcome"),
  );
}

test("a trainee never sees another trainee's practice server", async ({ browser, baseURL, db }) => {
  const [anaContext, benContext] = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  const [anaPage, benPage] = await Promise.all([anaContext.newPage(), benContext.newPage()]);
  const [ana, ben] = await Promise.all([startPractice(anaPage, db), startPractice(benPage, db)]);

  await test.step("each tree lists the shared servers and only its own practice server", async () => {
    for (const [page, own, other] of [
      [anaPage, ana, ben],
      [benPage, ben, ana],
    ] as const) {
      await page.goto("/console");
      const tree = page.getByRole("navigation", { name: "License servers" });
      await expect(tree.getByRole("link", { name: own.name, exact: true })).toBeVisible();
      await expect(tree.getByRole("listitem").filter({ hasText: own.name })).toContainText("Practice");
      await expect(tree.getByRole("link", { name: "LS-CONTOSO-01", exact: true })).toBeVisible();
      await expect(tree.getByRole("link", { name: other.name })).toHaveCount(0);
    }
  });

  await test.step("every console address of Ana's server answers 404 to Ben, and to a browser with no cookie", async () => {
    const addresses = [
      `/console/servers/${ana.id}/properties`,
      `/console/servers/${ana.id}/review-configuration`,
      `/console/servers/${ana.id}/manage-cals`,
      `/console/servers/${ana.id}/manage-cals/welcome`,
      `/console/servers/${ana.id}/installed-rds-cals.csv`,
    ];
    for (const address of addresses) {
      expect((await benPage.request.get(address)).status(), address).toBe(404);
      expect((await benPage.goto(address))?.status(), address).toBe(404);
    }
    const anonymous = await browser.newContext({ baseURL });
    for (const address of addresses) expect((await anonymous.request.get(address)).status(), address).toBe(404);
    await anonymous.close();
    await benPage.goto(`/console?server=${ana.name}`);
    await expect(benPage.getByText(`No license server named ${ana.name} was found.`)).toBeVisible();
    // Ana still reaches her own.
    expect((await anaPage.goto(`/console/servers/${ana.id}/properties`))?.status()).toBe(200);
  });

  await test.step("every page and route of Ana's server in app/ is there for Ana and a 404 for Ben", async () => {
    // A report of Ana's, so the report's pages and its CSV have something to show her.
    await db.licenseServer.update({ where: { id: ana.id }, data: { domain: "contoso-training.example" } });
    const addresses = serverAddresses(ana.id, await createCalUsageReportFor(db, ana));
    expect(addresses.length).toBeGreaterThan(15);
    for (const address of addresses) {
      expect((await anaPage.request.get(address, { maxRedirects: 0 })).status(), `${address} for Ana`).not.toBe(404);
      expect((await benPage.request.get(address, { maxRedirects: 0 })).status(), `${address} for Ben`).toBe(404);
    }
    // Ana's server named in the console's own address: Ben's console does not show it (by name or by id).
    for (const ref of [ana.name, ana.id]) {
      await benPage.goto(`/console?server=${ref}`);
      await expect(benPage.getByText(`No license server named ${ref} was found.`)).toBeVisible();
    }
  });

  await test.step("Start a practice rebuild again opens the same server", async () => {
    await benPage.goto("/console");
    await expect(benPage.getByText(`Your practice license server is ${ben.name}.`)).toBeVisible();
    await benPage.getByRole("button", { name: "Start a practice rebuild" }).click();
    await expect(benPage).toHaveURL(new RegExp(`server=${ben.name}$`));
    expect(await db.licenseServer.count({ where: { practiceOwner: ben.practiceOwner } })).toBe(1);
  });

  await Promise.all([anaContext.close(), benContext.close()]);
});
