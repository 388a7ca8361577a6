import { describe, expect, it } from "vitest";
import { carryNote } from "./carry";
import { procedureStep } from "./steps";

const facts = { licenseServerId: "12345-67890-12345-67890-12345-67890-12345", licenseKeyPackId: "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC" };

describe("what to carry to the other computer", () => {
  it("step 9: note the License Server ID, with the page's value to copy", () => {
    expect(carryNote(procedureStep(9), facts)).toMatchObject({ value: facts.licenseServerId, text: expect.stringContaining("Target License Server ID") });
  });

  it("step 11: enter the ID noted; nothing to copy on the web site", () => {
    expect(carryNote(procedureStep(11), facts)).toMatchObject({ value: undefined, text: expect.stringContaining("as the Target License Server ID") });
  });

  it("step 17: retain the license key pack ID, with the value to copy; step 18: enter it", () => {
    expect(carryNote(procedureStep(17), facts)).toMatchObject({ value: facts.licenseKeyPackId, text: expect.stringMatching(/^Retain a copy of the license key pack ID/) });
    expect(carryNote(procedureStep(18), facts)).toMatchObject({ value: undefined, text: expect.stringContaining("in the boxes provided") });
  });

  it("no value when the page does not show one, and nothing for other steps", () => {
    expect(carryNote(procedureStep(9), {})?.value).toBeUndefined();
    expect(carryNote(procedureStep(7), facts)).toBeNull();
  });

  it("its copy buttons never share a name with the pages' own", () => {
    for (const n of [9, 17]) {
      const label = carryNote(procedureStep(n), facts)!.copyLabel.toLowerCase();
      for (const pageLabel of ["Copy the License Server ID", "Copy license key pack ID"]) expect(label).not.toContain(pageLabel.toLowerCase());
    }
  });
});
