import { describe, expect, it } from "vitest";
import { composeHistoryLinkMail, composeMail } from "./messages";

const request = { reference: "RQ-7KD2-9XPA", firstName: "Dana", lastName: "Morgan", targetLicenseServerId: "1".repeat(35), calType: "WS2022_PER_USER" as const, quantity: 50 };

describe("customer e-mails", () => {
  it("give the license key pack ID and what to do with it on approval", () => {
    const mail = composeMail("approved", request, { licenseKeyPackId: "A".repeat(35) });
    expect(mail.subject).toContain("RQ-7KD2-9XPA approved");
    expect(mail.body).toContain("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA");
    expect(mail.body).toContain("Obtain Client License Key Pack");
    expect(mail.body).toContain("50 Windows Server 2022 - RDS Per User CALs");
  });

  it("give the reason on rejection, and the reference when filed for review", () => {
    expect(composeMail("rejected", request, { rejectionReason: "We could not confirm this purchase." }).body).toContain("We could not confirm this purchase.");
    expect(composeMail("filed_for_review", request).body).toContain("Check request status, with the reference RQ-7KD2-9XPA");
  });

  it("carry the customer history's link, and say that nothing is shown without it", () => {
    const mail = composeHistoryLinkMail("https://site.example/licensing/history/open?token=abc");
    expect(mail.body).toContain("    https://site.example/licensing/history/open?token=abc\n");
    expect(mail.body).toContain("within 30 minutes, once");
  });
});
