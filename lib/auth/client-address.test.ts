import { describe, expect, it } from "vitest";
import { trustedForwarded } from "@/server/forwarded-headers.mjs";
import { clientAddressFrom, requestIsHttps } from "./client-address";

const request = (headers: Record<string, string>, socketAddress = "198.51.100.9", encrypted = false) => ({ headers, socketAddress, encrypted });

describe("trusted forwarding headers (server/forwarded-headers.mjs)", () => {
  it("with no trusted proxy, the socket is the client whatever the headers say", () => {
    const spoofed = request({ "x-forwarded-for": "203.0.113.7", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "app.example" });
    expect(trustedForwarded(spoofed, 0)).toEqual({ clientAddress: "198.51.100.9", host: "app.example", proto: "http" });
    expect(trustedForwarded(request({ host: "app.example" }, "198.51.100.9", true), 0).proto).toBe("https");
  });

  it("with N trusted proxies, the client is N hops from the socket, and a client's own prefix is ignored", () => {
    // The client sent "1.1.1.1" itself; the one proxy appended the address it saw (203.0.113.7).
    const viaOne = request({ "x-forwarded-for": "1.1.1.1, 203.0.113.7", "x-forwarded-host": "evil.example, licensing.example", "x-forwarded-proto": "https" }, "10.0.0.2");
    expect(trustedForwarded(viaOne, 1)).toEqual({ clientAddress: "203.0.113.7", host: "licensing.example", proto: "https" });
    expect(trustedForwarded(viaOne, 2).clientAddress).toBe("1.1.1.1");
    // Fewer hops than configured: the outermost one.
    expect(trustedForwarded(request({}, "10.0.0.2"), 3).clientAddress).toBe("10.0.0.2");
  });
});

describe("clientAddressFrom", () => {
  it("reads the address the server put in X-Forwarded-For, bounded", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "x".repeat(500) }))).toHaveLength(64);
    expect(requestIsHttps(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
  });
});
