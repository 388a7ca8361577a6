import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { evaluateRecovery, PRACTICE_PURCHASE_ELSEWHERE, RECENT_RECOVERY_LIMIT, stillCovered, type EntitlementFacts, type RecoveryAsk } from "./entitlement-rules";

const server = generateLicenseServerId();
const other = generateLicenseServerId();
const ask = (over: Partial<RecoveryAsk> = {}): RecoveryAsk => ({
  licenseProgram: "LICENSE_PACK",
  calType: "WS2022_PER_USER",
  quantity: 20,
  targetLicenseServerId: server,
  ...over,
});
const purchase = (over: Partial<EntitlementFacts> = {}): EntitlementFacts => ({
  id: "ent-1",
  calType: "WS2022_PER_USER",
  quantity: 50,
  convertedQuantity: 0,
  activePacks: [],
  issuesForTarget: true,
  ...over,
});

describe("entitlement rules", () => {
  it("issues at once when the credential, CAL type and quantity match a purchase", () => {
    expect(evaluateRecovery(ask(), [purchase()], 0)).toEqual({ outcome: "ISSUE", entitlementId: "ent-1" });
    expect(evaluateRecovery(ask({ quantity: 50 }), [purchase()], 0)).toMatchObject({ outcome: "ISSUE" });
  });

  it("sends a practice server's purchase typed for another server to review, whatever it still covers", () => {
    const decision = evaluateRecovery(ask({ quantity: 1 }), [purchase({ issuesForTarget: false })], 0);
    expect(decision).toMatchObject({ outcome: "REVIEW", entitlementId: "ent-1", codes: ["practice-server"], reason: PRACTICE_PURCHASE_ELSEWHERE });
  });

  it("sends an unknown credential to review, saying so", () => {
    const decision = evaluateRecovery(ask(), [], 0);
    expect(decision).toMatchObject({ outcome: "REVIEW", entitlementId: null, codes: ["unknown-credential"] });
    expect(decision.outcome === "REVIEW" && decision.reason).toBe(
      "The license code given does not match a purchase the Clearinghouse knows for License Pack (Retail Purchase).",
    );
    const open = evaluateRecovery(ask({ licenseProgram: "OPEN_LICENSE" }), [], 0);
    expect(open.outcome === "REVIEW" && open.reason).toMatch(/^The license number and authorization number given do not match/);
  });

  it("sends a CAL type the purchase does not include to review, naming what it covers", () => {
    const decision = evaluateRecovery(ask({ calType: "WS2019_PER_DEVICE" }), [purchase()], 0);
    expect(decision).toMatchObject({ outcome: "REVIEW", entitlementId: null, codes: ["cal-type"] });
    expect(decision.outcome === "REVIEW" && decision.reason).toBe(
      "The purchase does not include Windows Server 2019 - RDS Per Device CAL (it covers Windows Server 2022 - RDS Per User CAL).",
    );
  });

  it("sends a quantity above the purchase to review, keeping the entitlement for the helpdesk", () => {
    const decision = evaluateRecovery(ask({ quantity: 51 }), [purchase()], 0);
    expect(decision).toMatchObject({ outcome: "REVIEW", entitlementId: "ent-1", codes: ["quantity"] });
    expect(decision.outcome === "REVIEW" && decision.reason).toBe("The quantity requested (51) is more than the purchase covers (50).");
  });

  it("names a retail License Code already used on another license server", () => {
    const facts = purchase({ activePacks: [{ targetLicenseServerId: other, quantity: 50 }] });
    const decision = evaluateRecovery(ask({ quantity: 10 }), [facts], 0);
    expect(decision).toMatchObject({ outcome: "REVIEW", codes: ["retail-elsewhere"] });
    expect(decision.outcome === "REVIEW" && decision.reason).toBe(
      "This license code was already used to install RDS CALs on another license server (50 of its 50 count there). A License Pack (Retail Purchase) installs on one license server.",
    );
  });

  it("names the License Program a credential belongs to when another one was chosen", () => {
    const decision = evaluateRecovery(ask({ licenseProgram: "ENTERPRISE_AGREEMENT" }), [], 0, { otherPrograms: ["SELECT_LICENSE"] });
    expect(decision).toMatchObject({ outcome: "REVIEW", codes: ["wrong-program"], entitlementId: null });
    expect(decision.outcome === "REVIEW" && decision.reason).toBe(
      "The enrollment number given is a purchase of Select License, not of Enterprise Agreement. Select Select License as the License Program.",
    );
  });

  it("counts packs issued to other license servers, not the one this recovery replaces", () => {
    const facts = purchase({ activePacks: [{ targetLicenseServerId: other, quantity: 30 }, { targetLicenseServerId: server, quantity: 20 }] });
    expect(stillCovered(facts, server)).toBe(20);
    expect(evaluateRecovery(ask({ quantity: 20 }), [facts], 0)).toMatchObject({ outcome: "ISSUE" });
    const over = evaluateRecovery(ask({ quantity: 21, licenseProgram: "SELECT_LICENSE" }), [facts], 0);
    expect(over.outcome === "REVIEW" && over.reason).toBe(
      "The quantity requested (21) is more than the purchase still covers: 20 of its 50, 30 count for other license servers.",
    );
    // The same purchase seen from the other server: its own 30 is replaced, our 20 counts.
    expect(stillCovered(facts, other)).toBe(30);
  });

  it("counts RDS CALs converted to the other type against the purchase, on every server and after its pack is replaced", () => {
    // 50 bought; 10 converted from this server's pack (lowered to 40); the converted pack stays valid.
    const facts = purchase({ convertedQuantity: 10, activePacks: [{ targetLicenseServerId: server, quantity: 40 }] });
    expect(stillCovered(facts, server)).toBe(40);
    expect(evaluateRecovery(ask({ quantity: 40 }), [facts], 0)).toMatchObject({ outcome: "ISSUE" });
    const rebuilt = evaluateRecovery(ask({ quantity: 50, licenseProgram: "SELECT_LICENSE" }), [facts], 0);
    expect(rebuilt.outcome === "REVIEW" && rebuilt.reason).toBe(
      "The quantity requested (50) is more than the purchase still covers: 40 of its 50, 10 were converted to the other type of RDS CAL.",
    );
    // Migrated elsewhere: the source's pack stops counting, its conversion does not.
    expect(stillCovered(facts, other, server)).toBe(40);
    const both = purchase({ convertedQuantity: 10, activePacks: [{ targetLicenseServerId: other, quantity: 15 }] });
    const over = evaluateRecovery(ask({ quantity: 30, licenseProgram: "SELECT_LICENSE" }), [both], 0);
    expect(over.outcome === "REVIEW" && over.reason).toBe(
      "The quantity requested (30) is more than the purchase still covers: 25 of its 50, 15 count for other license servers and 10 were converted to the other type of RDS CAL.",
    );
    // A retail License Pack converted on its own server is not "used on another license server".
    expect(evaluateRecovery(ask({ quantity: 41 }), [facts], 0)).toMatchObject({ outcome: "REVIEW", codes: ["quantity"] });
  });

  it("never reports less than nothing covered", () => {
    expect(stillCovered(purchase({ activePacks: [{ targetLicenseServerId: other, quantity: 80 }] }), server)).toBe(0);
  });

  it(`sends the recovery after ${RECENT_RECOVERY_LIMIT} within 24 hours for one server to review`, () => {
    expect(evaluateRecovery(ask(), [purchase()], RECENT_RECOVERY_LIMIT - 1)).toMatchObject({ outcome: "ISSUE" });
    const decision = evaluateRecovery(ask(), [purchase()], RECENT_RECOVERY_LIMIT);
    expect(decision).toMatchObject({ outcome: "REVIEW", entitlementId: "ent-1", codes: ["frequency"] });
    expect(decision.outcome === "REVIEW" && decision.reason).toBe(
      `${RECENT_RECOVERY_LIMIT} recoveries were already requested for this Target License Server ID within 24 hours.`,
    );
  });

  it("gives every reason that applies", () => {
    const decision = evaluateRecovery(ask({ quantity: 99 }), [purchase()], RECENT_RECOVERY_LIMIT + 2);
    expect(decision).toMatchObject({ outcome: "REVIEW", codes: ["quantity", "frequency"] });
  });

  it("issues exactly when the quantity fits what is still covered (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.array(fc.record({ mine: fc.boolean(), quantity: fc.integer({ min: 1, max: 500 }) }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 500 }),
        (quantity, bought, packs, convertedQuantity) => {
          const activePacks = packs.map((p) => ({ targetLicenseServerId: p.mine ? server : other, quantity: p.quantity }));
          const elsewhere = packs.filter((p) => !p.mine).reduce((s, p) => s + p.quantity, 0);
          const decision = evaluateRecovery(ask({ quantity }), [purchase({ quantity: bought, convertedQuantity, activePacks })], 0);
          expect(decision.outcome).toBe(quantity <= bought - convertedQuantity - elsewhere ? "ISSUE" : "REVIEW");
        },
      ),
    );
  });
});

describe("a migration (docs/decisions/025-migrate-rds-cals.md)", () => {
  const facts = (packs: { targetLicenseServerId: string; quantity: number }[]) => [
    { id: "e", calType: "WS2022_PER_USER" as const, quantity: 50, convertedQuantity: 0, activePacks: packs, issuesForTarget: true },
  ];
  const ask = (quantity: number, source: string | null) => ({ licenseProgram: "ENTERPRISE_AGREEMENT" as const, calType: "WS2022_PER_USER" as const, quantity, targetLicenseServerId: "T", sourceLicenseServerId: source });

  it("does not count the source's pack against the target: it stops counting as the new one is issued", () => {
    expect(evaluateRecovery(ask(50, "S"), facts([{ targetLicenseServerId: "S", quantity: 50 }]), 0)).toEqual({ outcome: "ISSUE", entitlementId: "e" });
    // Without the migration the same request is more than the purchase still covers.
    expect(evaluateRecovery(ask(50, null), facts([{ targetLicenseServerId: "S", quantity: 50 }]), 0)).toMatchObject({ outcome: "REVIEW", codes: ["quantity"] });
  });

  it("a source that holds nothing of the purchase (migrated already) needs a person", () => {
    const decision = evaluateRecovery(ask(50, "S"), facts([{ targetLicenseServerId: "U", quantity: 50 }]), 0);
    expect(decision).toMatchObject({ outcome: "REVIEW", codes: ["migration-source", "quantity"] });
  });

  it("still counts the other servers' packs", () => {
    const packs = [{ targetLicenseServerId: "S", quantity: 30 }, { targetLicenseServerId: "U", quantity: 20 }];
    expect(evaluateRecovery(ask(30, "S"), facts(packs), 0).outcome).toBe("ISSUE");
    expect(evaluateRecovery(ask(31, "S"), facts(packs), 0)).toMatchObject({ outcome: "REVIEW", codes: ["quantity"] });
  });
});
