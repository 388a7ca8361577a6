import { describe, expect, it } from "vitest";
import { addLicenseCode, LICENSE_CODE_LIST_MESSAGES, licenseCodeTypingCheck, MAX_LICENSE_CODES } from "./license-code-list";

const CODE = "R2022-USERC-ALDEM-OPACK-00050";

describe("the License Code list", () => {
  it("adds a code typed with any separators and case, normalised", () => {
    expect(addLicenseCode([], "r2022 userc aldem opack 00050")).toEqual({ ok: true, codes: ["R2022USERCALDEMOPACK00050"] });
  });

  it("refuses an empty box, a code of the wrong format, a duplicate and one too many", () => {
    expect(addLicenseCode([], " ")).toEqual({ ok: false, message: LICENSE_CODE_LIST_MESSAGES.empty });
    expect(addLicenseCode([], "R2022-USERC")).toEqual({ ok: false, message: LICENSE_CODE_LIST_MESSAGES.format });
    expect(addLicenseCode(["R2022USERCALDEMOPACK00050"], CODE.toLowerCase())).toEqual({ ok: false, message: LICENSE_CODE_LIST_MESSAGES.duplicate });
    const full = Array.from({ length: MAX_LICENSE_CODES }, (_, i) => `AAAAABBBBBCCCCCDDDDDEEE${String(i).padStart(2, "0")}`);
    expect(addLicenseCode(full, CODE)).toEqual({ ok: false, message: LICENSE_CODE_LIST_MESSAGES.tooMany });
  });

  it("checks the format as a code is typed, once it is long enough", () => {
    expect(licenseCodeTypingCheck("R2022-USER")).toBeNull();
    expect(licenseCodeTypingCheck(CODE)).toMatchObject({ ok: true });
    expect(licenseCodeTypingCheck("R2022-USERC-ALDEM-OPACK-0005!")).toMatchObject({ ok: false, message: LICENSE_CODE_LIST_MESSAGES.format });
  });
});
