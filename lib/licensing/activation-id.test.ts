import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBoundLicenseServerId, issueBoundLicenseServerId } from "./activation-id";
import { formatLicenseServerId, generateLicenseServerId } from "./license-server-id";
import { generateProductId } from "./product-id";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const OTHER_SECRET = "another-test-secret-long-enough-9876543210";

describe("License Server ID bound to a Product ID", () => {
  it("is valid for the Product ID it was issued for, typed in any grouping", () => {
    const productId = generateProductId();
    const id = issueBoundLicenseServerId(productId, SECRET);
    expect(id).toMatch(/^\d{35}$/);
    expect(checkBoundLicenseServerId(formatLicenseServerId(id), productId, [SECRET])).toEqual({ status: "valid", value: id });
    expect(checkBoundLicenseServerId(id.replace(/(\d{5})/g, "$1 "), productId, [SECRET])).toEqual({ status: "valid", value: id });
  });

  it("is refused for another server's Product ID", () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const id = issueBoundLicenseServerId(generateProductId(), SECRET);
        expect(checkBoundLicenseServerId(id, generateProductId(), [SECRET])).toEqual({ status: "not-for-this-server" });
      }),
      { numRuns: 50 },
    );
  });

  it("a single mistyped digit is caught by the check digits, before the binding", () => {
    const productId = generateProductId();
    const id = issueBoundLicenseServerId(productId, SECRET);
    const typo = id.slice(0, 7) + ((Number(id[7]) + 1) % 10) + id.slice(8);
    expect(checkBoundLicenseServerId(typo, productId, [SECRET])).toEqual({ status: "mistyped", error: "checksum" });
    expect(checkBoundLicenseServerId(id.slice(0, 30), productId, [SECRET])).toEqual({ status: "mistyped", error: "length" });
  });

  it("an unbound License Server ID (the seed's kind) is not valid for a Product ID", () => {
    expect(checkBoundLicenseServerId(generateLicenseServerId(), generateProductId(), [SECRET]).status).toBe("not-for-this-server");
  });

  it("verifies with an earlier secret after a rotation, and not with an unknown one", () => {
    const productId = generateProductId();
    const id = issueBoundLicenseServerId(productId, OTHER_SECRET);
    expect(checkBoundLicenseServerId(id, productId, [SECRET, OTHER_SECRET]).status).toBe("valid");
    expect(checkBoundLicenseServerId(id, productId, [SECRET]).status).toBe("not-for-this-server");
  });

  it("two activations of one Product ID give different IDs", () => {
    const productId = generateProductId();
    expect(issueBoundLicenseServerId(productId, SECRET)).not.toBe(issueBoundLicenseServerId(productId, SECRET));
  });
});
