import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

describe("clientAddressFrom", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
  });
  it("falls back to X-Real-IP, then to 'unknown'", () => {
    expect(clientAddressFrom(new Headers({ "x-real-ip": "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
  });
  it("bounds the length", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "x".repeat(500) }))).toHaveLength(64);
  });
});
