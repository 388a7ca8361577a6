import { describe, expect, it } from "vitest";
import { checkConfirmationCode, formatConfirmationCode, issueConfirmationCode, parseConfirmationCode } from "./confirmation-code";
import { generateProductId } from "./product-id";
import { generateLicenseServerId } from "./license-server-id";

const SECRET = "s".repeat(40);
const OTHER = "o".repeat(40);

describe("confirmation code", () => {
  const productId = generateProductId();
  const licenseServerId = generateLicenseServerId();
  const code = issueConfirmationCode(productId, licenseServerId, SECRET);

  it("is 10 digits, the same for the same pair, and valid for it", () => {
    expect(code).toMatch(/^\d{10}$/);
    expect(issueConfirmationCode(productId, licenseServerId, SECRET)).toBe(code);
    expect(checkConfirmationCode(formatConfirmationCode(code), productId, licenseServerId, [SECRET])).toEqual({ status: "valid", value: code });
  });

  it("catches any single mistyped digit as mistyped", () => {
    for (let i = 0; i < code.length; i++) {
      const wrong = code.slice(0, i) + String((Number(code[i]) + 3) % 10) + code.slice(i + 1);
      expect(checkConfirmationCode(wrong, productId, licenseServerId, [SECRET]).status).toBe("mistyped");
    }
  });

  it("refuses a code of another server, or signed with another secret, as not for this server", () => {
    expect(checkConfirmationCode(code, generateProductId(), licenseServerId, [SECRET]).status).toBe("not-for-this-server");
    expect(checkConfirmationCode(code, productId, generateLicenseServerId(), [SECRET]).status).toBe("not-for-this-server");
    expect(checkConfirmationCode(code, productId, licenseServerId, [OTHER]).status).toBe("not-for-this-server");
    expect(checkConfirmationCode(code, productId, licenseServerId, [OTHER, SECRET]).status).toBe("valid");
  });

  it("names what is wrong with the typing", () => {
    expect(parseConfirmationCode("")).toEqual({ ok: false, error: "empty" });
    expect(parseConfirmationCode("12345-6789A")).toEqual({ ok: false, error: "characters" });
    expect(parseConfirmationCode("12345")).toEqual({ ok: false, error: "length" });
  });
});
