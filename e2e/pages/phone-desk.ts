// Page object of Helpdesk → Phone desk: an agent enters what a caller reads out, submits, and reads the
// license key pack ID back.
import { spellForTelephone, spokenGroup } from "@/lib/licensing/phonetic";
import { expect } from "../fixtures";
import { PageObject } from "./driver";
import type { CompanyDetails, CredentialTyped } from "./licensing";

export class PhoneDesk extends PageObject {
  async open() {
    await this.page.goto("/helpdesk/phone");
    await this.arrive("Phone desk");
  }

  idBox(group: number) {
    return this.page.getByRole("textbox", { name: `Target License Server ID, group ${group} of 7` });
  }

  async typeLicenseServerId(groups: string[]) {
    await this.input.typeGroups((group) => this.idBox(group), groups);
  }

  field(name: string) {
    return this.page.getByRole("textbox", { name, exact: true });
  }

  list(name: string) {
    return this.page.getByRole("combobox", { name });
  }

  async typeCompany(details: CompanyDetails) {
    await this.input.type(this.field("Last name or surname"), details.lastName);
    await this.input.type(this.field("First name or given name"), details.firstName);
    await this.input.type(this.field("Company name"), details.companyName);
    await this.input.select(this.list("Country/region"), details.country);
  }

  async chooseReasonAndProgram(reason: string, program: string) {
    await this.input.select(this.list("Reason for recovery"), reason);
    await this.input.select(this.list("License Program"), program);
  }

  /** The purchase as the caller reads it from the documents: the credential of its License Program, the type and quantity. */
  async typePurchase(credential: CredentialTyped, calType: string, quantity: number) {
    const box = (name: string | RegExp) => this.page.getByRole("textbox", { name });
    if (credential.licenseCode) await this.input.type(box("License code"), credential.licenseCode);
    if (credential.agreementNumber) await this.input.type(box(/^(Agreement|Enrollment) number/), credential.agreementNumber);
    await this.input.select(this.list("Type of RDS CAL"), calType);
    await this.input.type(this.field("Quantity"), String(quantity));
  }

  async submit() {
    await this.input.activate(this.page.getByRole("button", { name: "Submit the request" }));
  }

  /** The read-back panel: the ID in its groups and, per box, the words to say. */
  readBack() {
    return this.page.getByRole("status").filter({ has: this.page.getByRole("heading", { name: "Read back the license key pack ID" }) });
  }

  /** What the caller hears, box by box: each group as the read-back lists it, with its spoken words checked. */
  async readBackGroups(): Promise<string[]> {
    const items = this.readBack().getByRole("listitem");
    await expect(items).toHaveCount(7);
    const heard: string[] = [];
    for (let box = 0; box < 7; box++) {
      const line = (await items.nth(box).textContent()) ?? "";
      const symbols = line.replace(/^Box \d+:\s*/, "").split(" ")[0]!;
      expect(line).toContain(spokenGroup(spellForTelephone(symbols)[0]!));
      heard.push(symbols);
    }
    return heard;
  }

  async expectRefused() {
    const summary = this.page.getByRole("alert").filter({ hasText: "There is a problem" }).first();
    await expect(summary).toBeVisible();
    await this.driver.axe.scan(this.page, "errors shown");
  }
}
