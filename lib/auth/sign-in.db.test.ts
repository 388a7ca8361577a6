// Sign-in against many addresses (OWASP device cookies, docs/decisions/028-device-cookies-and-route-limits.md):
// attempts from unknown browsers share one strict limit per account however many addresses they come from,
// and a browser with the owner's device cookie is counted on its own, so the attack never locks the owner
// out. A forged cookie, another account's cookie and an expired one are unknown browsers.
import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/prisma-client";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { createStaffUser, uniqueSuffix } from "@/prisma/factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { DEVICE_COOKIE_MAX_AGE_MS, issueDeviceCookie, readDeviceCookie } from "./device-cookie";
import { authenticateStaff, DEVICE_RULE, deviceKey, UNKNOWN_DEVICE_RULE, unknownDeviceKey } from "./sign-in";

const PASSWORD = "Correct-horse-battery-9";
let lastAddress = 0;
/** A new address each time (TEST-NET-3), as a botnet's would be. */
const freshAddress = () => `203.0.${Math.floor(++lastAddress / 250)}.${(lastAddress % 250) + 1}`;

async function owner(db: Database) {
  return createStaffUser(db, { email: `owner-${uniqueSuffix().toLowerCase()}@clearinghouse.example`, password: PASSWORD, role: "AGENT" });
}

/** The owner signs in once from a browser: the device cookie that browser keeps. */
async function knownBrowser(db: Database, email: string): Promise<string> {
  const result = await authenticateStaff(db, { email, password: PASSWORD, clientAddress: freshAddress() });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.device.value;
}

/** An attacker using up the account's limit for unknown browsers, each guess from another address. */
async function lockUnknownBrowsers(db: Database, email: string) {
  let checked = 0;
  for (;;) {
    const result = await authenticateStaff(db, { email, password: `guess-${checked}`, clientAddress: freshAddress() });
    if (!result.ok && result.reason === "rate-limited") {
      expect(result.scope).toBe("unknown-browsers");
      break;
    }
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(++checked).toBeLessThanOrEqual(UNKNOWN_DEVICE_RULE.limit);
  }
  return checked;
}

describe.each(TEST_DATABASES)("sign-in with device cookies on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("guesses from ever new addresses stop at the account's limit for unknown browsers, even with the right password", async () => {
    const { db } = database.opened;
    const user = await owner(db);
    expect(await lockUnknownBrowsers(db, user.email)).toBe(UNKNOWN_DEVICE_RULE.limit);
    expect(await authenticateStaff(db, { email: user.email, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await db.staffSession.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.rateLimitCounter.findUnique({ where: { key: unknownDeviceKey(user.email) } }))?.count).toBe(UNKNOWN_DEVICE_RULE.limit + 2);
    const audited = await db.auditLog.findMany({ where: { action: "staff.sign_in_throttled", entityId: user.email } });
    expect(audited.map((a) => a.after)).toEqual([expect.objectContaining({ limits: ["account (unknown browsers)"] })]);
  });

  it("the owner's known browser still signs in while the attacker is locked out, and gets a new device cookie", async () => {
    const { db } = database.opened;
    const user = await owner(db);
    const cookie = await knownBrowser(db, user.email);
    await lockUnknownBrowsers(db, user.email);
    const result = await authenticateStaff(db, { email: user.email, password: PASSWORD, clientAddress: freshAddress(), deviceCookie: cookie });
    expect(result).toMatchObject({ ok: true, staff: { id: user.id } });
    if (!result.ok) return;
    const secrets = await getKeyPackSecrets(db);
    const renewed = readDeviceCookie(secrets, result.device.value);
    expect(renewed?.userId).toBe(user.id);
    expect(renewed?.deviceId).not.toBe(readDeviceCookie(secrets, cookie)?.deviceId);
    // The attacker is still locked out.
    expect(await authenticateStaff(db, { email: user.email, password: "guess-after", clientAddress: freshAddress() })).toMatchObject({ ok: false, reason: "rate-limited" });
  });

  it("a forged device cookie, another account's and an expired one count as unknown browsers", async () => {
    const { db } = database.opened;
    const [user, other] = [await owner(db), await owner(db)];
    const secrets = await getKeyPackSecrets(db);
    const otherCookie = await knownBrowser(db, other.email);
    const forged = issueDeviceCookie({ current: "f".repeat(40), accepted: ["f".repeat(40)] }, user.id).value;
    const expired = issueDeviceCookie(secrets, user.id, new Date(Date.now() - DEVICE_COOKIE_MAX_AGE_MS - 1000)).value;
    const altered = otherCookie.replace(other.id, user.id);
    await lockUnknownBrowsers(db, user.email);
    for (const deviceCookie of [forged, otherCookie, expired, altered]) {
      expect(await authenticateStaff(db, { email: user.email, password: PASSWORD, clientAddress: freshAddress(), deviceCookie })).toMatchObject({ ok: false, reason: "rate-limited", scope: "unknown-browsers" });
    }
    expect(await db.staffSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a known browser has a limit of its own, which neither locks the account for others nor counts for unknown browsers", async () => {
    const { db } = database.opened;
    const user = await owner(db);
    const [stolen, mine] = [await knownBrowser(db, user.email), await knownBrowser(db, user.email)];
    const address = freshAddress();
    for (let i = 0; i < DEVICE_RULE.limit; i++) {
      expect(await authenticateStaff(db, { email: user.email, password: `guess-${i}`, clientAddress: address, deviceCookie: stolen })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticateStaff(db, { email: user.email, password: PASSWORD, clientAddress: address, deviceCookie: stolen })).toMatchObject({ ok: false, reason: "rate-limited", scope: "device" });
    const secrets = await getKeyPackSecrets(db);
    expect((await db.rateLimitCounter.findUnique({ where: { key: deviceKey(readDeviceCookie(secrets, stolen)!.deviceId) } }))?.count).toBe(DEVICE_RULE.limit + 1);
    // The owner's other browser, and an unknown browser, are not affected.
    expect(await authenticateStaff(db, { email: user.email, password: PASSWORD, clientAddress: address, deviceCookie: mine })).toMatchObject({ ok: true });
    expect(await authenticateStaff(db, { email: user.email, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject({ ok: true });
  });
});
