import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isQueryableText, isSingleLineText, isStorableText } from "./text";

describe("text PostgreSQL and Prisma can take", () => {
  it("refuses NUL and lone surrogates anywhere in the text", () => {
    expect(isStorableText("Contoso")).toBe(true);
    expect(isStorableText("😀 Ångström")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\uD800")).toBe(false);
    expect(isStorableText("x\uDC00y")).toBe(false);
  });

  it("refuses invisible and direction-changing characters, keeps the joiners scripts need", () => {
    for (const hidden of ["\u200B", "\u202E", "\u2066", "\u200E", "\uFEFF", "\u00AD", "\u0007", "\u0085"]) {
      expect(isStorableText(`Contoso${hidden}`)).toBe(false);
    }
    expect(isStorableText("\u202Eosotnoc")).toBe(false);
    expect(isStorableText("می\u200Cخواهم")).toBe(true);
    expect(isStorableText("👩\u200D💻")).toBe(true);
    expect(isStorableText("line one\nline two")).toBe(true);
    expect(isSingleLineText("line one\nline two")).toBe(false);
    expect(isSingleLineText("Fabrikam, Inc.")).toBe(true);
  });

  it("accepts exactly the strings that survive a UTF-8 round trip without hidden characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        const hidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/.test(s);
        const survives = Buffer.from(s, "utf8").toString("utf8") === s && !hidden;
        expect(isStorableText(s)).toBe(survives);
      }),
    );
    // A hundred random strings: well under a second alone, but over vitest's 5 s on a machine busy building.
  }, 30_000);

  it("takes only short storable strings as ids", () => {
    expect(isQueryableText("3f1e2d")).toBe(true);
    expect(isQueryableText(42)).toBe(false);
    expect(isQueryableText({ id: "x" })).toBe(false);
    expect(isQueryableText("x".repeat(201))).toBe(false);
    expect(isQueryableText("a\u0000")).toBe(false);
    expect(isQueryableText("\uD83D")).toBe(false);
  });
});
