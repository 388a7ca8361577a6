import { describe, expect, it } from "vitest";
import { carryNote } from "./carry";
import { PROCEDURES } from "./library";
import { procedureStep } from "./steps";

const rebuild = PROCEDURES["rebuild-web"];

const facts = { licenseServerId: "12345-67890-12345-67890-12345-67890-12345", licenseKeyPackId: "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC" };

describe("what to carry to the other computer", () => {
  it("step 9: note the License Server ID, with the page's value to copy", () => {
    expect(carryNote(rebuild, procedureStep(9), facts)).toMatchObject({ value: facts.licenseServerId, text: expect.stringContaining("Target License Server ID") });
  });

  it("step 11: enter the ID noted; nothing to copy on the web site", () => {
    expect(carryNote(rebuild, procedureStep(11), facts)).toMatchObject({ value: undefined, text: expect.stringContaining("as the Target License Server ID") });
  });

  it("step 17: retain the license key pack ID, with the value to copy; step 18: enter it", () => {
    expect(carryNote(rebuild, procedureStep(17), facts)).toMatchObject({ value: facts.licenseKeyPackId, text: expect.stringMatching(/^Retain a copy of the license key pack ID/) });
    expect(carryNote(rebuild, procedureStep(18), facts)).toMatchObject({ value: undefined, text: expect.stringContaining("in the boxes provided") });
  });

  it("no value when the page does not show one, and nothing for other steps", () => {
    expect(carryNote(rebuild, procedureStep(9), {})?.value).toBeUndefined();
    expect(carryNote(rebuild, procedureStep(7), facts)).toBeNull();
  });

  it("its copy buttons never share a name with the pages' own", () => {
    for (const n of [9, 17]) {
      const label = carryNote(rebuild, procedureStep(n), facts)!.copyLabel.toLowerCase();
      for (const pageLabel of ["Copy the License Server ID", "Copy license key pack ID"]) expect(label).not.toContain(pageLabel.toLowerCase());
    }
  });
});

describe("the other procedures", () => {
  const step = (id: keyof typeof PROCEDURES, n: number) => PROCEDURES[id].steps[n - 1]!;

  it("activation: the Product ID is noted in the wizard and entered on the Web site; the license server ID goes the other way", () => {
    const activate = PROCEDURES["activate-web"];
    const withProduct = { ...facts, productId: "12345-67890-12345-67890" };
    expect(carryNote(activate, step("activate-web", 5), withProduct)).toMatchObject({ value: withProduct.productId, text: expect.stringContaining("Note the Product ID"), copyLabel: "Copy the Product ID for the Web site" });
    expect(carryNote(activate, step("activate-web", 7), withProduct)).toMatchObject({ value: undefined, text: expect.stringContaining("Enter the Product ID") });
    expect(carryNote(activate, step("activate-web", 9), facts)).toMatchObject({ value: facts.licenseServerId, copyLabel: "Copy License Server ID for the wizard" });
    expect(carryNote(activate, step("activate-web", 10), facts)).toMatchObject({ value: undefined, text: expect.stringContaining("Enter the License Server ID") });
  });

  it("a value carried once (read out on the telephone) is entered where the step says", () => {
    expect(carryNote(PROCEDURES["activate-telephone"], step("activate-telephone", 6), facts)).toMatchObject({ value: undefined, text: expect.stringContaining("Enter the License Server ID") });
  });
});
