import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, parseKit, parseResponse, PARSE_MESSAGES } from "./format";
import { joinKitParts, parseKitFragment, QR_PART_CHARS } from "./qr";
import { kitQrLinks } from "./qr-links";

describe("the recovery kit's formats", () => {
  it("signs the canonical JSON: keys sorted at every depth, whatever order the file has", () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: "x" }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it("refuses what is not a kit or a response with a sentence, never a throw", () => {
    expect(parseKit("")).toEqual({ ok: false, message: PARSE_MESSAGES.empty });
    expect(parseKit("{nope")).toEqual({ ok: false, message: PARSE_MESSAGES.notJson });
    expect(parseKit('{"format":"rdls-recovery-response","version":1}')).toEqual({ ok: false, message: PARSE_MESSAGES.notKit });
    expect(parseKit('{"format":"rdls-recovery-kit","version":2}')).toEqual({ ok: false, message: PARSE_MESSAGES.version });
    expect(parseKit('{"format":"rdls-recovery-kit","version":1,"packs":[]}')).toEqual({ ok: false, message: PARSE_MESSAGES.notKit });
    expect(parseResponse("[]")).toEqual({ ok: false, message: PARSE_MESSAGES.notResponse });
    expect(parseResponse("x".repeat(200_000))).toEqual({ ok: false, message: PARSE_MESSAGES.tooLarge });
  });

  it("splits a long kit into QR links and joins the parts back, in any order", async () => {
    const random = () => randomBytes(30).toString("base64url").slice(0, 35);
    const kit = { signature: "S".repeat(86), packs: Array.from({ length: 40 }, () => ({ licenseKeyPackId: random() })) };
    const links = kitQrLinks(kit, "https://example.test/licensing/manage-cals/recovery-kit");
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.length).toBeLessThan(QR_PART_CHARS + 120);
    const parts = links.map((link) => parseKitFragment(new URL(link).hash)!).reverse();
    expect(await joinKitParts(parts)).toBe(canonicalJson(kit));
    expect(await joinKitParts(parts.slice(1))).toBeNull();
    expect(parseKitFragment("#kit=3.2.abcdefgh.xx")).toBeNull();
    expect(parseKitFragment("#other")).toBeNull();
  });
});
