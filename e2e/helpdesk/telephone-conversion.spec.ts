// Convert RDS CALs by telephone (issue 29), two browser contexts: the caller's Manage RDS CALs Wizard, whose
// server uses the Telephone method, reads out the License Server ID, the license key pack ID of the pack to
// convert and the count; the agent types them into the Phone desk's Convert RDS CALs form (a mistyped count
// first, refused beside its field), converts, and reads the new ID back; the caller types it and the wizard
// installs the converted pack, lowering the source. Audited as the agent.
import { expect, test } from "../fixtures";
import { createServerWithPacks } from "@/prisma/console-factories";
import { EVENT_IDS } from "@/lib/console/events";
import { CONVERSION_MESSAGES } from "@/lib/clearinghouse/convert-key-pack";
import { TYPING_DELAY } from "../console/install-licenses";
import { expectPage, serverState, wizardUrl } from "../console/wizard";
import { signedIn } from "./support";

const digits = (text: string | null) => (text ?? "").replace(/[^0-9A-Za-z]/g, "");

test("the caller's console and the agent's Phone desk convert RDS CALs by telephone", async ({ page: caller, db, browser }) => {
  const server = await createServerWithPacks(db, { connectionMethod: "TELEPHONE", countryRegion: "GB" });
  const source = (await serverState(db, server.id)).keyPacks[0]!;

  await caller.goto(wizardUrl(server.id, "welcome"));
  await caller.getByRole("button", { name: "Next" }).click();
  await caller.getByLabel("Convert RDS CALs").check();
  await caller.getByRole("button", { name: "Next" }).click();
  await caller.getByLabel(new RegExp(`^Keypack ID ${source.keypackId}:`)).check();
  await caller.getByLabel("Number of RDS CALs to convert").pressSequentially("12", { delay: TYPING_DELAY });
  await caller.getByRole("button", { name: "Next" }).click();
  await expectPage(caller, "convert-obtain-key-pack", "Obtain Client License Key Pack");
  await expect(caller.locator("#clearinghouse-phone")).toBeVisible();
  const licenseServerId = digits(await caller.locator("#license-server-id").textContent());
  const sourceId = digits(await caller.locator("#source-license-key-pack-id").textContent());
  expect(sourceId).toBe(source.licenseKeyPackId);

  const agentContext = await browser.newContext();
  const agent = await signedIn(agentContext, db, "AGENT");
  const desk = await agentContext.newPage();
  await desk.goto("/helpdesk/phone");
  const form = desk.getByRole("region", { name: "Convert RDS CALs" });
  await form.getByLabel("License Server ID").pressSequentially(licenseServerId, { delay: 5 });
  await form.getByLabel("License key pack ID of the key pack to convert").pressSequentially(sourceId, { delay: 5 });
  // Misheard: 120 is more than the pack holds (50); corrected to 12.
  await form.getByLabel("Number of RDS CALs to convert").pressSequentially("120", { delay: TYPING_DELAY });
  await form.getByRole("button", { name: "Convert" }).click();
  await expect(desk.getByText(CONVERSION_MESSAGES.tooMany(50)).first()).toBeVisible();
  const count = form.getByLabel("Number of RDS CALs to convert");
  await expect(count).toHaveValue("120");
  await count.click();
  await count.press("End");
  await count.press("Backspace");
  await expect(count).toHaveValue("12");
  await form.getByRole("button", { name: "Convert" }).click();
  const shown = desk.locator("#converted-license-key-pack-id");
  await expect(shown).toBeVisible();
  await expect(desk.getByText("Read this license key pack ID back to the caller")).toBeVisible();
  const heard = digits(await shown.textContent());

  const box = (n: number) => caller.getByLabel(`License key pack ID, group ${n} of 7`);
  await box(1).click();
  for (const [i, group] of heard.match(/.{5}/g)!.entries()) {
    await expect(box(i + 1)).toBeFocused();
    await box(i + 1).pressSequentially(group, { delay: TYPING_DELAY });
  }
  await caller.getByRole("button", { name: "Next" }).click();
  await expectPage(caller, "convert-completed", "Completing the Manage RDS CALs Wizard");

  const state = await serverState(db, server.id);
  expect(state.keyPacks.map((p) => [p.calType, p.totalLicenses])).toEqual([
    ["WS2022_PER_USER", 38],
    ["WS2019_PER_DEVICE", 25],
    ["WS2022_PER_DEVICE", 12],
  ]);
  expect(state.eventIds).toContain(EVENT_IDS.CALS_CONVERTED);
  const issued = await db.issuedKeyPack.findUniqueOrThrow({ where: { licenseKeyPackId: heard } });
  expect(await db.auditLog.count({ where: { action: "key-pack.converted", entityId: issued.id, actorLabel: agent.email } })).toBe(1);
  await agentContext.close();
});
