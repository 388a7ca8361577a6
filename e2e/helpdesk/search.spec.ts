import { expect, test } from "../fixtures";
import { uniqueSuffix } from "@/prisma/factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { generateLicenseServerId, formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateReference } from "@/lib/clearinghouse/new-reference";
import { signedIn, spaced } from "./support";

test.describe("the queue", () => {
  test("finds a request by its reference and by its License Server ID typed with spaces", async ({ page, db, context }) => {
    await signedIn(context, db, "AGENT");
    const server = generateLicenseServerId();
    const company = `Searchco ${uniqueSuffix()}`;
    const older = await createRecoveryRequest(db, { targetLicenseServerId: server, status: "ISSUED", companyName: company, createdAt: new Date(Date.now() - 86_400_000) });
    const awaiting = await createRecoveryRequest(db, { targetLicenseServerId: server, companyName: company, reviewReason: "Second recovery for this license server in 30 days" });
    const table = page.getByRole("table", { name: "Recovery requests" });

    await page.goto("/helpdesk/requests");
    await page.getByLabel("Search").fill(awaiting.reference.toLowerCase().replace(/-/g, " "));
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Searching by Reference ${awaiting.reference}` })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText("Second recovery for this license server in 30 days");
    await expect(table).toContainText(formatLicenseServerId(server));

    await page.getByLabel("Search").fill(spaced(server));
    await page.getByLabel("Status").selectOption({ label: "Awaiting review" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/status=AWAITING_REVIEW/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("link", { name: awaiting.reference })).toBeVisible();

    // The URL holds the view: opened afresh, it shows the same; with every status, both requests.
    await page.goto(page.url().replace(/status=AWAITING_REVIEW/, "status=all"));
    await expect(page.getByLabel("Search")).toHaveValue(spaced(server));
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByRole("link", { name: older.reference })).toBeVisible();

    await table.getByRole("link", { name: awaiting.reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(awaiting.reference);
    await expect(page.getByRole("region", { name: "Other requests for this license server" })).toContainText(older.reference);
  });

  test("finds by company prefix, e-mail and license key pack ID, and pages by keyset", async ({ page, db, context }) => {
    await signedIn(context, db, "AGENT");
    const prefix = `Pagerco${uniqueSuffix()}`;
    const base = Date.now() - 3_600_000;
    // 53 requests: one full page of 50 and a second page of 3.
    await db.recoveryRequest.createMany({
      data: Array.from({ length: 53 }, (_, i) => ({
        reference: generateReference(),
        status: "AWAITING_REVIEW" as const,
        targetLicenseServerId: generateLicenseServerId(),
        reasonForRecovery: "Other",
        licenseProgram: "SELECT_LICENSE" as const,
        lastName: "Page",
        firstName: "Ann",
        companyName: `${prefix} Branch ${String(i).padStart(2, "0")}`,
        countryRegion: "US",
        email: `branch${i}@${prefix.toLowerCase()}.example`,
        agreementNumber: "7777777",
        credential: "7777777",
        calType: "WS2019_PER_USER" as const,
        quantity: 1 + i,
        createdAt: new Date(base + i * 1000),
      })),
    });
    const issued = await createRecoveryRequest(db, { status: "ISSUED", companyName: `Other ${uniqueSuffix()}` });
    const pack = await db.issuedKeyPack.findUniqueOrThrow({ where: { id: issued.issuedKeyPackId! } });
    const table = page.getByRole("table", { name: "Recovery requests" });

    await page.goto(`/helpdesk/requests?q=${encodeURIComponent(prefix.toLowerCase())}&sort=newest`);
    await expect(table.getByRole("row")).toHaveCount(51);
    await expect(table.getByRole("row").nth(1)).toContainText(`${prefix} Branch 52`);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(table.getByRole("row").nth(3)).toContainText(`${prefix} Branch 00`);
    await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await page.getByRole("link", { name: "Previous page" }).click();
    await expect(table.getByRole("row")).toHaveCount(51);
    await expect(table.getByRole("row").nth(1)).toContainText(`${prefix} Branch 52`);

    await page.goto(`/helpdesk/requests?sort=oldest&q=${encodeURIComponent(prefix)}`);
    await expect(table.getByRole("row").nth(1)).toContainText(`${prefix} Branch 00`);

    await page.goto(`/helpdesk/requests?q=${encodeURIComponent(`BRANCH7@${prefix}.example`)}`);
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText(`${prefix} Branch 07`);

    // An issued request is not in the default view (Awaiting review): the page offers every status.
    await page.goto(`/helpdesk/requests?q=${encodeURIComponent(pack.licenseKeyPackId.toLowerCase().match(/.{5}/g)!.join("-"))}`);
    await expect(page.getByRole("status").filter({ hasText: "No requests match." })).toBeVisible();
    await page.getByRole("link", { name: "Search every status" }).click();
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("link", { name: issued.reference })).toBeVisible();
  });
});
