// The web site's Install client access licenses: the Manage CALs pages without the reason for recovery,
// under /licensing/install-cals, the same purchases and rules. A purchase that covers the request issues a
// license key pack ID at once (with a receipt); an unknown credential, a credential of another License
// Program and a retail code used on another server go to review, each saying why.
import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { completeDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { issueKeyPack } from "@/prisma/factories";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { LICENSE_SERVER_ID_MESSAGES } from "@/lib/licensing/license-server-id";
import { MESSAGES } from "@/lib/clearinghouse/schemas";
import { expectHeading, expectSummary, fillCompanyPage, next, useDraft } from "./manage-cals";

const TYPING_DELAY = 30;

test("Select Option → Install client access licenses → the license key pack ID, typed like a person, with its receipt", async ({ page, db }) => {
  test.slow();
  const axe = new AxeScanner();
  const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2019_PER_DEVICE", quantity: 30 });
  const licenseServerId = generateLicenseServerId();
  await page.goto("/licensing");
  await page.getByLabel("Install client access licenses").check();
  await next(page);
  await expectHeading(page, "License server information");
  await expect(page.getByText("Install client access licenses · Step 1 of 4")).toBeVisible();
  await expect(page.getByLabel("Reason for recovery")).toHaveCount(0);

  await test.step("Next with nothing entered, then a mistyped ID, then the right one", async () => {
    await next(page);
    await expectSummary(page, [LICENSE_SERVER_ID_MESSAGES.empty, MESSAGES.licenseProgram]);
    await axe.scan(page, "errors shown");
    const first = page.getByRole("group", { name: "License Server ID" }).getByRole("textbox").first();
    const wrong = licenseServerId.slice(0, 34) + ((Number(licenseServerId[34]) + 1) % 10);
    await first.click();
    await page.keyboard.type(wrong, { delay: TYPING_DELAY });
    await expect(page.getByText(LICENSE_SERVER_ID_MESSAGES.checksum).first()).toBeVisible();
    await first.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(licenseServerId, { delay: TYPING_DELAY });
    await expect(page.getByText(LICENSE_SERVER_ID_MESSAGES.checksum)).toHaveCount(0);
    await page.getByLabel("License Program").selectOption({ label: "Enterprise Agreement" });
    await next(page);
  });

  await expectHeading(page, "Company information");
  await axe.scan(page);
  await fillCompanyPage(page, { lastName: "Lee", firstName: "Jordan", companyName: entitlement.customerName, country: "United States of America" });
  await next(page);

  await expectHeading(page, "License program information");
  await axe.scan(page);
  const number = page.getByRole("textbox", { name: /^Enrollment number/ });
  await number.pressSequentially(credential.agreementNumber!.slice(0, 5), { delay: TYPING_DELAY });
  await page.getByLabel("Type of RDS CAL").selectOption({ label: "Windows Server 2019 - RDS Per Device CAL" });
  await page.getByLabel("Quantity").pressSequentially("30", { delay: TYPING_DELAY });
  await next(page);
  await expect(page.getByText("The enrollment number has 7 digits").first()).toBeVisible();
  // The error summary took focus: back to the field, after what is already in it.
  await number.click();
  await page.keyboard.press("End");
  await page.keyboard.type(credential.agreementNumber!.slice(5), { delay: TYPING_DELAY });
  await expect(number).toHaveValue(credential.agreementNumber!);
  await next(page);

  await expectHeading(page, "Verify your information");
  await expect(page.getByText("Reason for recovery")).toHaveCount(0);
  await axe.scan(page);
  await page.getByRole("button", { name: "Next" }).dblclick();
  await expectHeading(page, "Your license key pack ID");
  await expect(page).toHaveURL(/\/licensing\/install-cals\/result$/);
  await expect(page.getByText("In the Install Licenses Wizard, on the Obtain Client License Key Pack page")).toBeVisible();
  await axe.scan(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download receipt (text file)" }).click();
  const receipt = await readFile((await (await downloading).path())!, "utf8");
  expect(receipt).toContain("Remote Desktop Services Licensing - Install client access licenses receipt");
  expect(receipt).not.toContain("Reason for recovery");

  const requests = await db.recoveryRequest.findMany({ where: { targetLicenseServerId: licenseServerId }, include: { issuedKeyPack: true } });
  expect(requests).toEqual([expect.objectContaining({ option: "INSTALL_CALS", status: "ISSUED", reasonForRecovery: null, quantity: 30 })]);
  expect(requests[0]!.issuedKeyPack).toMatchObject({ entitlementId: entitlement.id, quantity: 30 });
});

test("an unknown credential and a retail code used on another server go to review, saying why; a credential of another License Program is refused on Verify", async ({ page, context, db }) => {
  const useInstallDraft = (values: Parameters<typeof completeDraft>[0]) => useDraft(context, db, { ...completeDraft({ ...values, reasonForRecovery: null }), option: "INSTALL_CALS" });
  const submit = async () => {
    await page.goto("/licensing/install-cals/verify");
    await next(page);
    await expectHeading(page, "Your request needs review");
  };

  await useInstallDraft({ licenseProgram: "SELECT_LICENSE", agreementNumber: "9999996" });
  await submit();
  await expect(page.getByText("The enrollment number given does not match a purchase the Clearinghouse knows for Select License.")).toBeVisible();
  await new AxeScanner().scan(page);

  const select = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_USER", quantity: 10 });
  const campus = await useInstallDraft({ licenseProgram: "CAMPUS_AGREEMENT", agreementNumber: select.credential.agreementNumber!, calType: "WS2022_PER_USER", quantity: 5 });
  // The site can tell (lib/clearinghouse/wrong-program.ts): said on Verify, nothing filed.
  await page.goto("/licensing/install-cals/verify");
  await next(page);
  await expect(page.getByText("is a purchase of Select License, not of Campus Agreement. Change the License Program to Select License").first()).toBeVisible();
  expect(await db.recoveryRequest.count({ where: { draftId: campus.id } })).toBe(0);

  const retail = await createPurchase(db, { licenseProgram: "LICENSE_PACK", calType: "WS2022_PER_DEVICE", quantity: 25 });
  await issueKeyPack(db, { targetLicenseServerId: generateLicenseServerId(), calType: "WS2022_PER_DEVICE", licenseProgram: "LICENSE_PACK", quantity: 25, entitlementId: retail.entitlement.id });
  await useInstallDraft({ licenseProgram: "LICENSE_PACK", licenseCode: retail.credential.licenseCode!, agreementNumber: null, calType: "WS2022_PER_DEVICE", quantity: 25 });
  await submit();
  await expect(page.getByText("This license code was already used to install RDS CALs on another license server")).toBeVisible();
});
