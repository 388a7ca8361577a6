import { describe, expect, it } from "vitest";
import { licensingPageUrl, licensingSiteUrl } from "./licensing-link";

const ID = "12345678901234567890123456789012345";

describe("licensingSiteUrl", () => {
  it("points at /licensing on the console's own host by default", () => {
    expect(licensingSiteUrl(ID, { host: "127.0.0.1:3201" })).toBe(`http://127.0.0.1:3201/licensing?licenseServerId=${ID}`);
  });

  it("uses https when served over it, and refuses a host that is not a host name", () => {
    expect(licensingSiteUrl(ID, { host: "rdls.example", https: true })).toBe(`https://rdls.example/licensing?licenseServerId=${ID}`);
    expect(licensingSiteUrl(ID, { host: "evil.example/phish?x=" })).toBe(`http://localhost/licensing?licenseServerId=${ID}`);
    expect(licensingSiteUrl(ID, { host: "[::1]:3000" })).toBe(`http://[::1]:3000/licensing?licenseServerId=${ID}`);
  });

  it("never carries a bind address: 0.0.0.0 or :: become this computer, with the port", () => {
    expect(licensingSiteUrl(ID, { host: "0.0.0.0:3000" })).toBe(`http://localhost:3000/licensing?licenseServerId=${ID}`);
    expect(licensingSiteUrl(ID, { host: "[::]:3000" })).toBe(`http://localhost:3000/licensing?licenseServerId=${ID}`);
    expect(licensingSiteUrl(ID, { host: "0.0.0.0" })).toBe(`http://localhost/licensing?licenseServerId=${ID}`);
    // A phone on the network reaches the address the person browses: kept as it is.
    expect(licensingSiteUrl(ID, { host: "192.168.1.20:3000" })).toBe(`http://192.168.1.20:3000/licensing?licenseServerId=${ID}`);
    expect(licensingSiteUrl(ID, { host: "10.0.0.1:3000", configured: "https://licensing.example" })).toBe(`https://licensing.example/licensing?licenseServerId=${ID}`);
  });

  it("uses LICENSING_SITE_URL when set, as a base or as the start page", () => {
    expect(licensingSiteUrl(ID, { configured: "https://licensing.example", host: "ignored" })).toBe(
      `https://licensing.example/licensing?licenseServerId=${ID}`,
    );
    expect(licensingSiteUrl(ID, { configured: "https://example.org/rdls/licensing?x=1" })).toBe(
      `https://example.org/rdls/licensing?licenseServerId=${ID}`,
    );
  });
});

describe("licensingPageUrl", () => {
  it("puts the page under the site's start page and carries the parameters", () => {
    expect(licensingPageUrl("activate", { productId: "12345" }, { host: "console.example:3000" })).toBe("http://console.example:3000/licensing/activate?productId=12345");
    expect(licensingPageUrl("deactivate", { productId: "1" }, { configured: "https://licensing.example/site/" })).toBe("https://licensing.example/site/deactivate?productId=1");
  });
});
