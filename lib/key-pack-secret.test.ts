import { describe, expect, it } from "vitest";
import { decodeKeyPackId, encodeKeyPackId } from "./licensing/key-pack-id";
import { generateLicenseServerId } from "./licensing/license-server-id";
import { secretsFromEnv, secretsFromRows } from "./key-pack-secret";

const NEW = "n".repeat(40);
const OLD = "o".repeat(40);
const PAYLOAD = { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 5, purchaseLine: 0, generation: 0, serial: 7n } as const;

describe("key pack secrets", () => {
  it("the environment's secret signs and the previous ones verify; unset, the database decides", () => {
    expect(secretsFromEnv({ KEY_PACK_SECRET: NEW, KEY_PACK_SECRET_PREVIOUS: [OLD] })).toEqual({ current: NEW, accepted: [NEW, OLD] });
    expect(secretsFromEnv({ KEY_PACK_SECRET: undefined, KEY_PACK_SECRET_PREVIOUS: [] })).toBeNull();
  });

  it("the newest database row signs, every row verifies; no row or a weak row is an error", () => {
    expect(secretsFromRows([NEW, OLD])).toEqual({ current: NEW, accepted: [NEW, OLD] });
    expect(() => secretsFromRows([])).toThrow(/KeyPackSecret table is empty/);
    expect(() => secretsFromRows([NEW, "short"])).toThrow(/at least 32 characters/);
  });

  it("after a rotation an ID signed with the earlier secret still installs while that secret is kept, and not after", () => {
    const server = generateLicenseServerId();
    const before = encodeKeyPackId(PAYLOAD, server, OLD);
    expect(decodeKeyPackId(before, server, secretsFromRows([NEW, OLD]).accepted).status).toBe("valid");
    expect(decodeKeyPackId(before, server, secretsFromRows([NEW]).accepted).status).toBe("not-for-this-server");
  });
});
