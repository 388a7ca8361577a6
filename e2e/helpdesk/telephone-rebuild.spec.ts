// A rebuild by telephone end to end (issue 17, point 2), two browser contexts: the caller's console, whose
// license server uses the Telephone connection method, and the helpdesk agent's Phone desk. The caller reads
// the License Server ID and the purchase out; the agent types them, submits, and reads the license key pack
// ID back group by group; the caller types what they hear and the wizard reinstalls the RDS CALs.
import { expect, test } from "../fixtures";
import { AxeScanner } from "../a11y";
import { driverFor, groupsOf } from "../pages/driver";
import { PhoneDesk } from "../pages/phone-desk";
import { createServerWithPacks, openRebuildRun } from "@/prisma/console-factories";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { uniqueSuffix } from "@/prisma/factories";
import { clearinghousePhone } from "@/lib/licensing/clearinghouse-phone";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { spellForTelephone, spokenGroup } from "@/lib/licensing/phonetic";
import { expectPage, serverState, wizardUrl } from "../console/wizard";
import { signedIn } from "./support";

test("the caller's console and the agent's Phone desk rebuild a license server by telephone", async ({ page: caller, db, browser }) => {
  const server = await createServerWithPacks(db, { connectionMethod: "TELEPHONE", countryRegion: "GB" });
  await openRebuildRun(db, server, "OBTAIN_KEY_PACK", { deleted: true });
  const { credential } = await createPurchase(db, { licenseProgram: "SELECT_LICENSE", calType: "WS2022_PER_USER", quantity: 25 });

  // The caller's console: the number for the server's country and what to read out, no Web site link.
  await caller.goto(wizardUrl(server.id, "obtain-key-pack"));
  await expectPage(caller, "obtain-key-pack", "Obtain Client License Key Pack");
  await expect(caller.locator("#clearinghouse-phone")).toHaveText(clearinghousePhone("GB").number);
  await expect(caller.getByText("the helpdesk's Phone desk answers this number")).toBeVisible();
  await expect(caller.getByRole("link", { name: /licensing/ })).toHaveCount(0);
  const read = groupsOf((await caller.locator("#license-server-id").textContent())!);
  expect(read.join("")).toBe(server.licenseServerId!);

  // The agent's Phone desk, in a context of its own.
  const agentContext = await browser.newContext();
  await signedIn(agentContext, db, "AGENT");
  const agentPage = await agentContext.newPage();
  const driver = driverFor(agentPage, "mouse", new AxeScanner(), { typingDelay: 15 });
  const desk = new PhoneDesk(driver);
  await desk.open();
  await desk.typeLicenseServerId(read);
  await driver.input.select(desk.list("Reason for recovery"), "The license server database was rebuilt");
  await driver.input.select(desk.list("License Program"), "Select License");
  await desk.typeCompany({ lastName: "Garcia", firstName: "Ana", companyName: `Northwind ${uniqueSuffix()}`, country: "United Kingdom" });
  await driver.input.type(desk.field("Enrollment number"), credential.agreementNumber!);
  await driver.input.select(desk.list("Type of RDS CAL"), "Windows Server 2022 - RDS Per User CAL");
  await driver.input.type(desk.field("Quantity"), "25");
  await desk.submit();
  const readBack = desk.readBack();
  await expect(readBack).toBeVisible();

  // Read back box by box: the caller types each group as it is heard.
  const heard: string[] = [];
  for (let box = 0; box < 7; box++) {
    const line = (await readBack.getByRole("listitem").nth(box).textContent())!;
    const symbols = line.replace(/^Box \d+:\s*/, "").split(" ")[0]!;
    expect(line).toContain(spokenGroup(spellForTelephone(symbols)[0]!));
    heard.push(symbols);
  }
  await caller.getByLabel("License key pack ID, group 1 of 7").click();
  for (const [box, group] of heard.entries()) {
    const target = caller.getByLabel(`License key pack ID, group ${box + 1} of 7`);
    await expect(target).toBeFocused();
    await caller.keyboard.type(group.toLowerCase(), { delay: 20 });
    await expect(target).toHaveValue(group);
  }
  await caller.getByRole("button", { name: "Next" }).click();
  await expectPage(caller, "reinstall-additional", "Reinstalling Additional RDS CALs");
  const state = await serverState(db, server.id);
  expect(state.keyPacks).toHaveLength(1);
  expect(state.keyPacks[0]).toMatchObject({ licenseKeyPackId: heard.join(""), totalLicenses: 25 });
  const request = await db.recoveryRequest.findFirstOrThrow({ where: { targetLicenseServerId: server.licenseServerId! } });
  expect(request).toMatchObject({ channel: "TELEPHONE", status: "ISSUED" });
  expect(formatLicenseServerId(request.targetLicenseServerId)).toBe(read.join("-"));
  await agentContext.close();
});
