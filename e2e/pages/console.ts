// Page objects of Remote Desktop Licensing Manager (/console): the window with its tree of license servers,
// Properties, and the Manage RDS CALs wizard. Elements are found by the names people read.
import { REBUILT_MESSAGE } from "@/lib/console/events";
import { expect } from "../fixtures";
import { groupsOf, PageObject } from "./driver";

export class ConsoleWindow extends PageObject {
  tree() {
    return this.page.getByRole("navigation", { name: "License servers" });
  }

  serverNode(name: string) {
    return this.tree().getByRole("link", { name, exact: true });
  }

  async open() {
    await this.page.goto("/console");
    await this.arrive("Remote Desktop Licensing Manager");
  }

  /** The server's node in the tree, reached by Tab in keyboard mode (the tree may be long). */
  private async focusNode(name: string) {
    const links = await this.tree().getByRole("link").count();
    await this.input.reach(this.serverNode(name), { max: links + 20 });
  }

  /** The status line under the server's node, e.g. "Activated, Web Browser". */
  serverStatus(name: string) {
    return this.tree().getByRole("listitem").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  /** Right-click (or Shift+F10 on) the server's node, then Properties. */
  async openProperties(name: string) {
    if (this.input.keyboardOnly) {
      await this.focusNode(name);
      await this.page.keyboard.press("Shift+F10");
      // The first command the server allows has focus (Activate Server, unavailable once activated, is before it).
      await expect(this.page.getByRole("menuitem", { name: "Install Licenses" })).toBeFocused();
      await this.page.keyboard.press("End");
      await expect(this.page.getByRole("menuitem", { name: "Deactivate Server" })).toBeFocused();
      await this.page.keyboard.press("ArrowUp");
      await this.page.keyboard.press("ArrowUp");
      await expect(this.page.getByRole("menuitem", { name: "Properties" })).toBeFocused();
      await this.page.keyboard.press("Enter");
    } else {
      await this.serverNode(name).click({ button: "right" });
      await this.page.getByRole("menuitem", { name: "Properties" }).click();
    }
    const properties = new PropertiesDialog(this.driver);
    await properties.arrived(name);
    return properties;
  }

  async selectServer(name: string) {
    if (this.input.keyboardOnly) {
      await this.focusNode(name);
      await this.page.keyboard.press("Enter");
    } else {
      await this.serverNode(name).click();
    }
    await expect(this.page.getByRole("heading", { level: 2, name })).toBeVisible();
    await this.driver.axe.scan(this.page, "server selected");
  }

  /** Action menu > Manage RDS CALs, for the selected server: a new wizard starts at Welcome. */
  async manageRdsCals(resumesAt: { slug: string; title: string } = { slug: "welcome", title: "Welcome to the Manage RDS CALs Wizard" }) {
    await this.input.activate(this.button("Action"));
    const item = this.page.getByRole("menuitem", { name: "Manage RDS CALs" });
    if (this.input.keyboardOnly) {
      await expect(this.page.getByRole("menuitem", { name: "Install Licenses" })).toBeFocused();
      await this.page.keyboard.press("ArrowDown");
      await expect(item).toBeFocused();
    }
    await this.input.activate(item);
    const wizard = new ManageCalsWizard(this.driver);
    await wizard.expectPage(resumesAt.slug, resumesAt.title);
    return wizard;
  }

  installedRdsCals(name: string) {
    return this.page.getByRole("table", { name: `Installed RDS CALs on ${name}` });
  }

  eventLog() {
    return this.page.getByRole("table", { name: "Event log" });
  }
}

class PropertiesDialog extends PageObject {
  async arrived(serverName: string) {
    await this.arrive(`${serverName} Properties`);
    await expect(this.page.getByRole("tab", { name: "Connection Method" })).toHaveAttribute("aria-selected", "true");
  }

  connectionMethod() {
    return this.page.getByRole("combobox", { name: "Connection method" });
  }

  /** On the Connection Method tab, change the connection method, then OK. */
  async setConnectionMethod(label: string) {
    await this.input.select(this.connectionMethod(), label);
    await this.input.activate(this.button("OK"));
    await expect(this.page).toHaveURL(/\/console\?server=/);
  }
}

export class ManageCalsWizard extends PageObject {
  async expectPage(slug: string, title: string, state = "") {
    await expect(this.page).toHaveURL(new RegExp(`/manage-cals/${slug}$`));
    await this.arrive(title, state);
  }

  async next() {
    await this.input.activate(this.button("Next"));
  }

  radio(label: string) {
    return this.page.getByRole("radio", { name: label, exact: true });
  }

  async choose(label: string) {
    await this.input.choose(this.radio(label));
  }

  confirmDeletionCheckBox() {
    return this.page.getByRole("checkbox", { name: "Confirm deletion of RDS CALs currently installed on this license server" });
  }

  async tickConfirmDeletion() {
    await this.input.tick(this.confirmDeletionCheckBox());
  }

  /** The License Server ID as Obtain Client License Key Pack shows it, in its groups of five. */
  async licenseServerIdShown(): Promise<string[]> {
    return groupsOf((await this.page.locator("#license-server-id").textContent()) ?? "");
  }

  webSiteLink() {
    return this.page.getByRole("link", { name: /\/licensing\?licenseServerId=/ });
  }

  /** Clicks (or presses Enter on) the hyperlink to the Web site; it opens in a new tab, returned. */
  async openWebSite() {
    const opening = this.page.context().waitForEvent("page");
    await this.input.activate(this.webSiteLink());
    const tab = await opening;
    await tab.waitForLoadState();
    return tab;
  }

  /** Source License Server Information (a migration): the source's name or IP address, typed. */
  async typeSourceServer(nameOrAddress: string) {
    await this.input.type(this.page.getByRole("textbox", { name: "Source license server name or IP address" }), nameOrAddress);
  }

  /** Select the Key Pack to Convert: the pack (by its Keypack ID) and the number of RDS CALs, typed. */
  async chooseConversion(keypackId: number, count: number) {
    await this.input.choose(this.page.getByRole("radio", { name: new RegExp(`^Keypack ID ${keypackId}:`) }));
    await this.input.type(this.page.getByRole("textbox", { name: "Number of RDS CALs to convert" }), String(count));
  }

  /** Convert RDS CALs' link to the web site's convert page (Obtain Client License Key Pack by Web Browser). */
  convertSiteLink() {
    return this.page.getByRole("link", { name: /\/licensing\/convert\?/ });
  }

  keyPackIdBox(group: number) {
    return this.page.getByRole("textbox", { name: `License key pack ID, group ${group} of 7` });
  }

  /** Types the license key pack ID group by group into the seven boxes (each full box moves to the next). */
  async enterKeyPackId(licenseKeyPackId: string) {
    await this.input.typeGroups((group) => this.keyPackIdBox(group), groupsOf(licenseKeyPackId));
    await expect(this.page.getByText("All 35 characters are entered and pass the typing check.")).toBeVisible();
  }

  async finish() {
    await this.input.activate(this.page.getByRole("link", { name: "Finish" }));
    await expect(this.page).toHaveURL(/\/console\?server=/);
  }

  /** Reinstalling Additional RDS CALs: Finish rebuilding the RD Licensing database, Next, then Finish. */
  async finishRebuilding() {
    await this.choose("Finish rebuilding the RD Licensing database");
    await this.next();
    await this.expectPage("completed", "Completing the Manage RDS CALs Wizard");
    await expect(this.page.getByRole("status").filter({ hasText: REBUILT_MESSAGE })).toBeVisible();
    await this.finish();
  }
}
