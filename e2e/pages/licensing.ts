// Page objects of the Remote Desktop Services Licensing Web site (/licensing): Select Option, the four
// Manage CALs pages, the result (license key pack ID or reference number) and Check request status.
import { expect } from "../fixtures";
import { groupsOf, PageObject } from "./driver";

export interface CompanyDetails {
  lastName: string;
  firstName: string;
  companyName: string;
  country: string;
  email?: string;
  organizationalUnit?: string;
}

/** The credential as it is printed on the purchase documents; which fields depends on the License Program. */
export interface CredentialTyped {
  licenseCode?: string;
  licenseNumber?: string;
  authorizationNumber?: string;
  agreementNumber?: string;
}

export class LicensingSite extends PageObject {
  async open(address = "/licensing") {
    await this.page.goto(address);
    await this.arrivedHome();
  }

  async arrivedHome() {
    await this.arrive("Remote Desktop Services Licensing");
  }

  async next() {
    await this.input.activate(this.button("Next"));
  }

  /** Convert RDS CALs (opened from the console's link, its fields filled in): Convert, then the new ID shown. */
  async convertRdsCals(): Promise<string> {
    await this.arrive("Convert RDS CALs");
    await this.input.activate(this.button("Convert"));
    const shown = this.page.locator("#converted-license-key-pack-id");
    await expect(shown).toBeVisible();
    await this.driver.axe.scan(this.page, "converted");
    return ((await shown.textContent()) ?? "").replace(/[^0-9A-Za-z]/g, "");
  }

  /** Under Select Option, select Manage CALs, then Next. */
  async selectManageCals() {
    await this.input.choose(this.page.getByRole("radio", { name: "Manage CALs" }));
    await this.next();
    await this.arrive("License server information");
  }

  idBox(group: number) {
    return this.page.getByRole("textbox", { name: `Target License Server ID, group ${group} of 7` });
  }

  /** The seven boxes' values, e.g. to compare with what the console shows. */
  async licenseServerIdEntered(): Promise<string[]> {
    return Promise.all(Array.from({ length: 7 }, (_, i) => this.idBox(i + 1).inputValue()));
  }

  /** Types the Target License Server ID group by group, as read from the console (a full box moves on). */
  async typeLicenseServerId(groups: string[]) {
    await this.input.typeGroups((group) => this.idBox(group), groups);
  }

  /** For a migration reason: the source license server's ID, in the boxes that reason shows. */
  async typeSourceLicenseServerId(groups: string[]) {
    await this.input.typeGroups((group) => this.page.getByRole("textbox", { name: `Source License Server ID, group ${group} of 7` }), groups);
  }

  async chooseReasonAndProgram(reason: string, program: string) {
    await this.input.select(this.page.getByRole("combobox", { name: "Reason for recovery" }), reason);
    await this.input.select(this.page.getByRole("combobox", { name: "License Program" }), program);
  }

  async expectCompanyPage() {
    await expect(this.page).toHaveURL(/\/licensing\/manage-cals\/company$/);
    await this.arrive("Company information");
  }

  async fillCompany(details: CompanyDetails) {
    await this.input.type(this.page.getByRole("textbox", { name: "Last name or surname" }), details.lastName);
    await this.input.type(this.page.getByRole("textbox", { name: "First name or given name" }), details.firstName);
    await this.input.type(this.page.getByRole("textbox", { name: "Company name" }), details.companyName);
    await this.input.select(this.page.getByRole("combobox", { name: "Country/region" }), details.country);
    if (details.email) await this.input.type(this.page.getByRole("textbox", { name: "E-mail address" }), details.email);
    if (details.organizationalUnit) await this.input.type(this.page.getByRole("textbox", { name: "Organizational unit" }), details.organizationalUnit);
  }

  async expectPurchasePage() {
    await expect(this.page).toHaveURL(/\/licensing\/manage-cals\/purchase$/);
    await this.arrive("License program information");
  }

  async fillPurchase(credential: CredentialTyped, calType: string, quantity: number) {
    const box = (name: string | RegExp) => this.page.getByRole("textbox", { name });
    if (credential.licenseCode) await this.input.type(box("License code"), credential.licenseCode);
    if (credential.licenseNumber) await this.input.type(box("License number"), credential.licenseNumber);
    if (credential.authorizationNumber) await this.input.type(box("Authorization number"), credential.authorizationNumber);
    if (credential.agreementNumber) await this.input.type(box(/^(Agreement|Enrollment) number/), credential.agreementNumber);
    await this.input.select(this.page.getByRole("combobox", { name: "Type of RDS CAL" }), calType);
    await this.input.type(box("Quantity"), String(quantity));
  }

  async expectVerifyPage() {
    await expect(this.page).toHaveURL(/\/licensing\/manage-cals\/verify$/);
    await this.arrive("Verify your information");
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  /** The license key pack ID the page shows (result or status page), compact. */
  async keyPackIdShown(): Promise<string> {
    const panel = this.section("License key pack ID");
    const text = (await panel.getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){6}$/).textContent()) ?? "";
    return groupsOf(text).join("");
  }

  async expectKeyPackIdIssued() {
    await expect(this.page).toHaveURL(/\/licensing\/manage-cals\/result$/);
    await this.arrive("Your license key pack ID");
  }

  async expectNeedsReview(): Promise<string> {
    await expect(this.page).toHaveURL(/\/licensing\/manage-cals\/result$/);
    await this.arrive("Your request needs review");
    const reference = (await this.section("Reference number").getByText(/^RQ-/).textContent()) ?? "";
    expect(reference).toMatch(/^RQ-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    return reference;
  }

  /** Check request status, with the reference number and the e-mail address (or Target License Server ID). */
  async checkStatus(reference: string, contact: string) {
    await this.input.activate(this.page.getByRole("navigation", { name: "Licensing site" }).getByRole("link", { name: "Check request status" }));
    await this.arrive("Check request status");
    await this.input.type(this.page.getByRole("textbox", { name: "Reference number" }), reference);
    await this.input.type(this.page.getByRole("textbox", { name: "E-mail address or Target License Server ID" }), contact);
    await this.input.activate(this.button("Check status"));
    await expect(this.page.getByRole("heading", { level: 2, name: `Request ${reference}` })).toBeVisible();
    await this.driver.axe.scan(this.page, "request found");
  }
}
