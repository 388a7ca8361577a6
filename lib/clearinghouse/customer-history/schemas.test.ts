// The customer history's link token is never refused: anything but a string of at most 100 characters is read
// as "" (a link that does not open, history.ts), a missing one included.
import { describe, expect, it } from "vitest";
import { historyTokenSchema } from "./schemas";

describe("historyTokenSchema", () => {
  it.each([
    [{ token: "abc" }, "abc"],
    [{ token: "x".repeat(100) }, "x".repeat(100)],
    [{ token: "x".repeat(101) }, ""],
    [{ token: 5 }, ""],
    [{ token: null }, ""],
    [{ token: undefined }, ""],
    [{}, ""],
  ])("%j reads as %j", (input, token) => {
    expect(historyTokenSchema.safeParse(input)).toEqual({ success: true, data: { token } });
  });
});
