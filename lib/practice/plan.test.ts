import { describe, expect, it } from "vitest";
import { canonicalCredential } from "@/lib/licensing/credentials";
import { LICENSE_PROGRAM_VALUES } from "@/lib/licensing/catalog";
import { credentialFields, issuedCalRows, practiceCredential, practiceExpiry, practiceServerName, PRACTICE_PACKS, visibleServersWhere } from "./plan";

describe("a practice server's starting state", () => {
  it("has a name that sorts after the demo servers and fits the console", () => {
    expect(practiceServerName()).toMatch(/^LS-PRACTICE-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(practiceServerName() > "LS-NEW-01").toBe(true);
  });

  it("expires after the configured hours", () => {
    expect(practiceExpiry(new Date("2026-11-28T10:00:00Z"), 24).toISOString()).toBe("2026-11-29T10:00:00.000Z");
    expect(practiceExpiry(new Date("2026-11-28T10:00:00Z"), 0.5).toISOString()).toBe("2026-11-28T10:30:00.000Z");
  });

  it("makes, for every program, a credential the web site accepts and stores as is", () => {
    for (const program of LICENSE_PROGRAM_VALUES) {
      const stored = practiceCredential(program);
      const typed = Object.fromEntries(
        credentialFields(program, stored).map((f) => [
          { "License code": "licenseCode", "License number": "licenseNumber", "Authorization number": "authorizationNumber" }[f.label] ?? "agreementNumber",
          f.value,
        ]),
      );
      expect(canonicalCredential(program, typed), program).toBe(stored);
    }
  });

  it("makes a new credential each time", () => {
    const codes = new Set(Array.from({ length: 50 }, () => practiceCredential("LICENSE_PACK")));
    expect(codes.size).toBe(50);
  });

  it("issues CALs to users for Per User packs and to computers for Per Device packs, never more than the pack holds", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    const [user, device] = PRACTICE_PACKS;
    const users = issuedCalRows(user!, 2, now);
    expect(users).toHaveLength(user!.issued);
    expect(users[0]).toMatchObject({ issuedTo: "CONTOSO\\trainee201", expiresOn: null });
    const devices = issuedCalRows(device!, 3, now);
    expect(devices[0]!.issuedTo).toBe("LAB-PC-0301");
    expect(devices.every((c) => c.expiresOn! > now && c.issuedOn < now)).toBe(true);
    expect(issuedCalRows({ ...user!, quantity: 3, issued: 10 }, 2, now)).toHaveLength(3);
  });
});

describe("who sees which server", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it("a browser without an owner id sees the shared servers only", () => {
    expect(visibleServersWhere(null, now)).toEqual({ practiceOwner: null });
  });
  it("an owner also sees its own practice servers until they expire", () => {
    expect(visibleServersWhere("owner-1", now)).toEqual({ OR: [{ practiceOwner: null }, { practiceOwner: "owner-1", practiceExpiresAt: { gt: now } }] });
  });
});
