// Page object of Helpdesk → Phone desk: an agent chooses what the caller asks for (the web site's Select
// Option words), enters what the caller reads out, submits, and reads the ID back.
import type { Locator } from "@playwright/test";
import type { SELECT_OPTIONS } from "@/lib/clearinghouse/select-options";
import { spellForTelephone, spokenGroup } from "@/lib/licensing/phonetic";
import { expect } from "../fixtures";
import { PageObject } from "./driver";
import type { CompanyDetails, CredentialTyped } from "./licensing";

export type CallKindLabel = (typeof SELECT_OPTIONS)[number]["label"];

export class PhoneDesk extends PageObject {
  /** Opens the desk and chooses the kind of call (a rebuild, Manage CALs, unless told). */
  async open(kind: CallKindLabel = "Manage CALs") {
    await this.page.goto("/helpdesk/phone");
    await this.arrive("Phone desk");
    await this.chooseKind(kind);
  }

  async chooseKind(kind: CallKindLabel) {
    await this.input.choose(this.page.getByRole("radio", { name: kind, exact: true }));
    await expect(this.page.getByRole("heading", { level: 2, name: kind, exact: true })).toBeVisible();
  }

  /** A box of the Target License Server ID (Manage CALs), or of the License Server ID (`name`: installation, deactivation). */
  idBox(group: number, name = "Target License Server ID") {
    return this.page.getByRole("textbox", { name: `${name}, group ${group} of 7`, exact: true });
  }

  async typeLicenseServerId(groups: string[], name?: string) {
    await this.input.typeGroups((group) => this.idBox(group, name), groups);
  }

  productIdBox(group: number) {
    return this.page.getByRole("textbox", { name: `Product ID, group ${group} of 4`, exact: true });
  }

  async typeProductId(groups: string[]) {
    await this.input.typeGroups((group) => this.productIdBox(group), groups);
  }

  /**
   * A misheard group typed again, from the last box of the ID: by keyboard with Shift+Tab back `back` boxes
   * (the boxes are in the tab order), else clicked; what it holds is replaced.
   */
  async retypeGroup(box: Locator, group: string, back: number) {
    if (this.input.keyboardOnly) {
      for (let i = 0; i < back; i++) await this.page.keyboard.press("Shift+Tab");
    } else await box.click();
    await expect(box).toBeFocused();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.type(group, { delay: this.input.typingDelay });
    await expect(box).toHaveValue(group);
  }

  field(name: string) {
    return this.page.getByRole("textbox", { name, exact: true });
  }

  list(name: string) {
    return this.page.getByRole("combobox", { name, exact: true });
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
    await this.input.activate(this.page.getByRole("button", { name: "Submit the request", exact: true }));
  }

  /** The read-back panel of `name` ("license key pack ID", "License Server ID", "confirmation code"): the ID in its groups and, per box, the words to say. */
  readBack(name = "license key pack ID") {
    return this.page.getByRole("status").filter({ has: this.page.getByRole("heading", { name: `Read back the ${name}`, exact: true }) });
  }

  /** What the caller hears, box by box: the symbols of each group of the read-back of `name`, with its spoken words checked. */
  async heardGroups(name?: string): Promise<string[]> {
    const items = this.readBack(name).getByRole("listitem");
    await expect(items.first()).toBeVisible();
    const heard: string[] = [];
    for (const line of await items.allTextContents()) {
      const symbols = line.replace(/^Box \d+:\s*/, "").split(/\s+/)[0]!;
      expect(line).toContain(spokenGroup(spellForTelephone(symbols)[0]!));
      heard.push(symbols);
    }
    return heard;
  }

  async nextCall() {
    await this.input.activate(this.page.getByRole("button", { name: "Take the next call", exact: true }));
  }

  async expectRefused() {
    const summary = this.page.getByRole("alert").filter({ hasText: "There is a problem" }).first();
    await expect(summary).toBeVisible();
    await this.driver.axe.scan(this.page, "errors shown");
  }
}
