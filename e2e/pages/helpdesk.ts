// Page objects of the Clearinghouse helpdesk (/helpdesk): the queue of recovery requests, its search, and
// a request with its decision. Signing in is the specs' business (a session row, e2e/helpdesk/support.ts).
import { expect } from "../fixtures";
import { PageObject } from "./driver";

export class HelpdeskQueue extends PageObject {
  table() {
    return this.page.getByRole("table", { name: "Recovery requests" });
  }

  async open() {
    await this.page.goto("/helpdesk/requests");
    await this.arrive("Recovery requests");
  }

  /** Searches the queue (reference, Target License Server ID, company, e-mail or key pack ID). */
  async search(term: string) {
    await this.input.type(this.page.getByRole("searchbox", { name: "Search" }), term);
    await this.input.activate(this.button("Apply"));
    await expect(this.page).toHaveURL(/[?&]q=/);
    await this.driver.axe.scan(this.page, "searched");
  }

  async openRequest(reference: string) {
    await this.input.activate(this.table().getByRole("link", { name: reference }));
    const request = new HelpdeskRequest(this.driver);
    await request.arrived(reference);
    return request;
  }
}

class HelpdeskRequest extends PageObject {
  async arrived(reference: string) {
    await expect(this.page).toHaveURL(new RegExp(`/helpdesk/requests/${reference}$`));
    await this.arrive(`Request ${reference}`);
  }

  whyItNeedsReview() {
    return this.page.getByRole("heading", { name: "Why it needs review" }).locator("..");
  }

  outcome() {
    return this.page.getByRole("region", { name: "Outcome" });
  }

  /** Approve and issue opens a confirmation showing what it does to the purchase; confirming decides. */
  async approveAndIssue(justification?: string) {
    await this.input.activate(this.button("Approve and issue…"));
    if (justification) await this.page.getByLabel("Justification").pressSequentially(justification, { delay: 10 });
    await this.input.activate(this.button("Confirm: approve and issue"));
    await expect(this.page.getByText(/^Approved\. License key pack ID/).or(this.page.getByText(/approved, license key pack ID/))).toBeVisible();
    await this.driver.axe.scan(this.page, "approved");
  }
}
