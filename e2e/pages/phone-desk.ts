// Page object of Helpdesk → Phone desk: an agent enters what a caller reads out, submits, and reads the
// license key pack ID back.
import { expect } from "../fixtures";
import { PageObject } from "./driver";
import type { CompanyDetails } from "./licensing";

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

  async submit() {
    await this.input.activate(this.page.getByRole("button", { name: "Submit the request" }));
  }

  /** The read-back panel: the ID in its groups and, per box, the words to say. */
  readBack() {
    return this.page.getByRole("status").filter({ has: this.page.getByRole("heading", { name: "Read back the license key pack ID" }) });
  }

  async expectRefused() {
    const summary = this.page.getByRole("alert").filter({ hasText: "There is a problem" }).first();
    await expect(summary).toBeVisible();
    await this.driver.axe.scan(this.page, "errors shown");
  }
}
