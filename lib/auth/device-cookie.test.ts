// Device cookies and the signed values under them: only this installation's signature for this purpose,
// unaltered and unexpired, is read back; anything else is an unknown browser.
import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE_MAX_AGE_MS, issueDeviceCookie, readDeviceCookie } from "./device-cookie";
import { signValue, verifySignedValue } from "./signed-value";
import { vouchedAddress, vouchForAddress } from "./vouched-address";

const SECRETS = { current: "a".repeat(40), accepted: ["a".repeat(40)] };
const OTHER = { current: "b".repeat(40), accepted: ["b".repeat(40)] };
const USER = "0b6f5c1e-8d2a-4c3f-9e7a-1f2b3c4d5e6f";
const NOW = new Date("2026-12-01T10:00:00Z");

describe("device cookie", () => {
  it("reads back what it issued: the account, a random device id and the expiry", () => {
    const { value, cookie } = issueDeviceCookie(SECRETS, USER, NOW);
    expect(readDeviceCookie(SECRETS, value, NOW)).toEqual({ userId: USER, deviceId: cookie.deviceId, expiresAt: new Date(NOW.getTime() + DEVICE_COOKIE_MAX_AGE_MS) });
    expect(issueDeviceCookie(SECRETS, USER, NOW).cookie.deviceId).not.toBe(cookie.deviceId);
  });

  it("refuses a forged one: another secret, an altered account or device, a made-up signature", () => {
    const { value } = issueDeviceCookie(SECRETS, USER, NOW);
    expect(readDeviceCookie(OTHER, value, NOW)).toBeNull();
    expect(readDeviceCookie(SECRETS, issueDeviceCookie(OTHER, USER, NOW).value, NOW)).toBeNull();
    const [version, , device, expires, mac] = value.split(".");
    expect(readDeviceCookie(SECRETS, [version, "11111111-2222-3333-4444-555555555555", device, expires, mac].join("."), NOW)).toBeNull();
    expect(readDeviceCookie(SECRETS, [version, USER, "f".repeat(32), expires, mac].join("."), NOW)).toBeNull();
    expect(readDeviceCookie(SECRETS, [version, USER, device, "99999999999", mac].join("."), NOW)).toBeNull();
    expect(readDeviceCookie(SECRETS, [version, USER, device, expires, "A".repeat(43)].join("."), NOW)).toBeNull();
    for (const junk of [undefined, null, "", ".", "d1", "x".repeat(600), `${value}.`, value.slice(0, -1)]) expect(readDeviceCookie(SECRETS, junk, NOW)).toBeNull();
  });

  it("refuses an expired one", () => {
    const { value } = issueDeviceCookie(SECRETS, USER, NOW);
    expect(readDeviceCookie(SECRETS, value, new Date(NOW.getTime() + DEVICE_COOKIE_MAX_AGE_MS - 1000))).not.toBeNull();
    expect(readDeviceCookie(SECRETS, value, new Date(NOW.getTime() + DEVICE_COOKIE_MAX_AGE_MS))).toBeNull();
  });

  it("still reads one signed with a previous secret after a rotation", () => {
    const { value } = issueDeviceCookie(SECRETS, USER, NOW);
    expect(readDeviceCookie({ current: OTHER.current, accepted: [OTHER.current, SECRETS.current] }, value, NOW)?.userId).toBe(USER);
  });
});

describe("signed values", () => {
  it("a value signed for one purpose is not valid for another", () => {
    const signed = signValue(SECRETS, "vouched-address", "d1.x");
    expect(verifySignedValue(SECRETS, "vouched-address", signed)).toBe("d1.x");
    expect(verifySignedValue(SECRETS, "device-cookie", signed)).toBeNull();
  });
});

describe("vouched client address", () => {
  it("names the address for a minute, and only with this installation's signature", () => {
    const header = vouchForAddress(SECRETS, "198.51.7.9", NOW);
    expect(vouchedAddress(SECRETS, header, NOW)).toBe("198.51.7.9");
    expect(vouchedAddress(SECRETS, header, new Date(NOW.getTime() + 59_000))).toBe("198.51.7.9");
    expect(vouchedAddress(SECRETS, header, new Date(NOW.getTime() + 60_000))).toBeNull();
    expect(vouchedAddress(OTHER, header, NOW)).toBeNull();
    expect(vouchedAddress(SECRETS, header.replace("198.51.7.9", "198.51.7.8"), NOW)).toBeNull();
    expect(vouchedAddress(SECRETS, "9999999999|10.0.0.1", NOW)).toBeNull();
    expect(vouchedAddress(SECRETS, null, NOW)).toBeNull();
  });
});
