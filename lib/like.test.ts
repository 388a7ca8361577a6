import { describe, expect, it } from "vitest";
import { containsText, equalsIgnoringCase, escapeLike, startsWithText } from "./like";

describe("escapeLike", () => {
  it("escapes LIKE's wildcards and its escape", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(containsText("a_b")).toEqual({ contains: "a\\_b", mode: "insensitive" });
    expect(startsWithText("%")).toEqual({ startsWith: "\\%" });
    expect(equalsIgnoringCase("\\")).toEqual({ equals: "\\\\", mode: "insensitive" });
  });
});
