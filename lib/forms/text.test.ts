import { describe, expect, it } from "vitest";
import { hasNoNul, isQueryableText } from "./text";

describe("text PostgreSQL can store", () => {
  it("refuses NUL anywhere in the text", () => {
    expect(hasNoNul("Contoso")).toBe(true);
    expect(hasNoNul("a\u0000b")).toBe(false);
    expect(hasNoNul("\u0000")).toBe(false);
  });

  it("takes only short strings without NUL as ids", () => {
    expect(isQueryableText("3f1e2d")).toBe(true);
    expect(isQueryableText(42)).toBe(false);
    expect(isQueryableText({ id: "x" })).toBe(false);
    expect(isQueryableText("x".repeat(201))).toBe(false);
    expect(isQueryableText("a\u0000")).toBe(false);
  });
});
