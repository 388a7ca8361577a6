import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isQueryableText, isStorableText } from "./text";

describe("text PostgreSQL and Prisma can take", () => {
  it("refuses NUL and lone surrogates anywhere in the text", () => {
    expect(isStorableText("Contoso")).toBe(true);
    expect(isStorableText("😀 Ångström")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\uD800")).toBe(false);
    expect(isStorableText("x\uDC00y")).toBe(false);
  });

  it("accepts exactly the strings that survive a UTF-8 round trip without NUL", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        const survives = Buffer.from(s, "utf8").toString("utf8") === s && !s.includes("\u0000");
        expect(isStorableText(s)).toBe(survives);
      }),
    );
  });

  it("takes only short storable strings as ids", () => {
    expect(isQueryableText("3f1e2d")).toBe(true);
    expect(isQueryableText(42)).toBe(false);
    expect(isQueryableText({ id: "x" })).toBe(false);
    expect(isQueryableText("x".repeat(201))).toBe(false);
    expect(isQueryableText("a\u0000")).toBe(false);
    expect(isQueryableText("\uD83D")).toBe(false);
  });
});
