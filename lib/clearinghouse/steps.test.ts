import { describe, expect, it } from "vitest";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { firstIncompleteStep, stepRedirect } from "./progress";
import { Prisma } from "@/generated/prisma/client";
import { DRAFT_FIELDS, draftFormValues, stepFormValues, type DraftColumns } from "./steps";

const empty: DraftColumns = {
  targetLicenseServerId: null,
  reasonForRecovery: null,
  sourceLicenseServerId: null,
  licenseProgram: null,
  lastName: null,
  firstName: null,
  companyName: null,
  countryRegion: null,
  companyAddress: null,
  email: null,
  phone: null,
  organizationalUnit: null,
  licenseCode: null,
  licenseNumber: null,
  authorizationNumber: null,
  agreementNumber: null,
  calType: null,
  quantity: null,
};
const page1 = { targetLicenseServerId: generateLicenseServerId(), reasonForRecovery: "Other", licenseProgram: "SELECT_LICENSE" as const };
const page2 = { lastName: "Morgan", firstName: "Alex", companyName: "Contoso Ltd", countryRegion: "US" };
const page3 = { agreementNumber: "1000001", calType: "WS2019_PER_USER" as const, quantity: 10 };

describe("Manage CALs steps", () => {
  it("finds the first page whose saved answers are incomplete", () => {
    expect(firstIncompleteStep(empty)).toBe("license-server");
    expect(firstIncompleteStep({ ...empty, ...page1 })).toBe("company");
    expect(firstIncompleteStep({ ...empty, ...page1, ...page2 })).toBe("purchase");
    expect(firstIncompleteStep({ ...empty, ...page1, ...page2, ...page3 })).toBe("verify");
  });

  it("sends a visitor who skips ahead back to that page, and lets them go back freely", () => {
    const draft = { ...empty, ...page1 };
    expect(stepRedirect(draft, "verify")).toBe("/licensing/manage-cals/company");
    expect(stepRedirect(draft, "purchase")).toBe("/licensing/manage-cals/company");
    expect(stepRedirect(draft, "company")).toBeNull();
    expect(stepRedirect(draft, "license-server")).toBeNull();
  });

  it("asks for the purchase again when the License Program changes to one with another credential", () => {
    const draft = { ...empty, ...page1, ...page2, ...page3, licenseProgram: "LICENSE_PACK" as const };
    expect(firstIncompleteStep(draft)).toBe("purchase");
  });

  it("gives the forms strings, empty where nothing was saved", () => {
    expect(draftFormValues({ ...empty, ...page3 })).toMatchObject({ quantity: "10", agreementNumber: "1000001", lastName: "" });
    expect(stepFormValues({ ...empty, ...page1, ...page3 }, "purchase")).toEqual({
      licenseCode: "",
      licenseNumber: "",
      authorizationNumber: "",
      agreementNumber: "1000001",
      calType: "WS2019_PER_USER",
      quantity: "10",
    });
  });
});

describe("an installation draft (Install client access licenses)", () => {
  it("has no reason for recovery and lives under its own path", () => {
    const draft = { ...empty, ...page1, reasonForRecovery: null, option: "INSTALL_CALS" as const };
    expect(firstIncompleteStep(draft)).toBe("company");
    expect(stepRedirect(draft, "verify")).toBe("/licensing/install-cals/company");
    // The same answers without a reason are not enough for Manage CALs.
    expect(firstIncompleteStep({ ...draft, option: "MANAGE_CALS" })).toBe("license-server");
  });
});

describe("the draft's answer columns", () => {
  it("are every column of ManageCalsDraft but its bookkeeping, and all are columns of RecoveryRequest", () => {
    // `option` is chosen on Select Option, before the pages, and copied to the request by the submit itself;
    // takenById says who holds a phone desk call's draft (docs/decisions/026-phone-desk.md), not an answer.
    const bookkeeping = ["id", "option", "createdAt", "updatedAt", "takenById"];
    expect([...DRAFT_FIELDS].sort()).toEqual(Object.values(Prisma.ManageCalsDraftScalarFieldEnum).filter((f) => !bookkeeping.includes(f)).sort());
    expect(Object.values(Prisma.RecoveryRequestScalarFieldEnum)).toEqual(expect.arrayContaining([...DRAFT_FIELDS, "option"]));
  });
});
