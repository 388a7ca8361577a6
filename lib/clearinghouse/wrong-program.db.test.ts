// A credential typed under the wrong License Program, on both databases: the lookup across programs names
// the program(s) it belongs to and only those that ask for it in the same field; a credential the chosen
// program has a purchase under (even if others have one too) or nobody knows is not refused here. The phone
// desk refuses such a call before anything is written, and takes it at once with the program switched.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { completeDraft, createPurchase, uniqueCredential } from "@/prisma/clearinghouse-factories";
import { createEntitlement, createStaffUser } from "@/prisma/factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { parseCall, takeCall } from "@/lib/helpdesk/phone-desk";
import { randomDigits } from "@/lib/licensing/random";
import { checkCredentialProgram, wrongProgram } from "./wrong-program";

describe("the rule", () => {
  it("names the programs of the same field in catalog order, with the credential as typed", () => {
    expect(wrongProgram("SELECT_LICENSE", "2000002", ["CAMPUS_AGREEMENT", "ENTERPRISE_AGREEMENT"])).toEqual({
      field: "agreementNumber",
      programs: [
        { value: "ENTERPRISE_AGREEMENT", label: "Enterprise Agreement" },
        { value: "CAMPUS_AGREEMENT", label: "Campus Agreement" },
      ],
      message:
        "Enrollment number 2000002 is a purchase of Enterprise Agreement or Campus Agreement, not of Select License. Change the License Program to Enterprise Agreement or Campus Agreement, or check the enrollment number.",
    });
    expect(wrongProgram("SELECT_LICENSE", "2000002", ["SELECT_LICENSE", "ENTERPRISE_AGREEMENT"])).toBeNull();
    expect(wrongProgram("SELECT_LICENSE", "2000002", [])).toBeNull();
    // A program that asks for another field would lose what was typed: not offered.
    expect(wrongProgram("LICENSE_PACK", "R2022USERCALDEMOPACK00050", ["OPEN_LICENSE"])).toBeNull();
  });
});

describe.each(TEST_DATABASES)("the lookup across License Programs on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("refuses an enrollment number of Enterprise Agreement typed under Select License, naming Enterprise Agreement", async () => {
    const { db } = database.opened;
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 500 });
    const wrong = await checkCredentialProgram(db, "SELECT_LICENSE", { agreementNumber: ` ${credential.agreementNumber} ` });
    expect(wrong).toMatchObject({ field: "agreementNumber", programs: [{ value: "ENTERPRISE_AGREEMENT", label: "Enterprise Agreement" }] });
    expect(wrong?.message).toContain(`Enrollment number ${credential.agreementNumber} is a purchase of Enterprise Agreement, not of Select License.`);
    expect(await checkCredentialProgram(db, "ENTERPRISE_AGREEMENT", credential)).toBeNull();
    // Services Provider License Agreement asks for the 7 digits too, as an agreement number.
    expect((await checkCredentialProgram(db, "SERVICES_PROVIDER_LICENSE_AGREEMENT", credential))?.message).toMatch(/^Agreement number \d{7} is a purchase of Enterprise Agreement, not of Services Provider License Agreement\./);
  });

  it("lets through a number the chosen program knows too, one nobody knows, and a credential it cannot read", async () => {
    const { db } = database.opened;
    const shared = randomDigits(7);
    await createEntitlement(db, { licenseProgram: "ENTERPRISE_AGREEMENT", credential: shared, calType: "WS2022_PER_DEVICE", quantity: 60 });
    await createEntitlement(db, { licenseProgram: "SELECT_LICENSE", credential: shared, calType: "WS2022_PER_DEVICE", quantity: 60 });
    expect(await checkCredentialProgram(db, "SELECT_LICENSE", { agreementNumber: shared })).toBeNull();
    expect(await checkCredentialProgram(db, "SELECT_LICENSE", { agreementNumber: uniqueCredential("SELECT_LICENSE").agreementNumber })).toBeNull();
    expect(await checkCredentialProgram(db, "SELECT_LICENSE", { agreementNumber: "12" })).toBeNull();
    const code = await createPurchase(db, { licenseProgram: "LICENSE_PACK", calType: "WS2022_PER_USER", quantity: 5 });
    expect(await checkCredentialProgram(db, "LICENSE_PACK", code.credential)).toBeNull();
  });

  it("the phone desk refuses such a call with the program to switch to, writes nothing, and issues it at once switched", async () => {
    const { db, sql } = database.opened;
    const user = await createStaffUser(db, { name: "Wendy Wrong", password: "a long enough password 1", role: "AGENT" });
    const agent = { id: user.id, email: user.email };
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 50 });
    const answers = completeDraft({ licenseProgram: "SELECT_LICENSE", agreementNumber: credential.agreementNumber!, calType: "WS2022_PER_USER", quantity: 20 });
    const typed = (program: string) => ({ callKind: "manage-cals", ...Object.fromEntries(Object.entries({ ...answers, licenseProgram: program }).map(([k, v]) => [k, v === null ? "" : String(v)])) });
    const call = (program: string) => {
      const parsed = parseCall(typed(program));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
      return parsed.value;
    };
    const callId = randomUUID();
    const refused = await takeCall(db, sql, agent, callId, call("SELECT_LICENSE"));
    expect(refused).toEqual({
      kind: "refused",
      fieldErrors: { agreementNumber: [expect.stringContaining("is a purchase of Enterprise Agreement, not of Select License")] },
      switchTo: [{ value: "ENTERPRISE_AGREEMENT", label: "Enterprise Agreement" }],
    });
    expect(await db.manageCalsDraft.count({ where: { id: callId } })).toBe(0);
    expect(await db.recoveryRequest.count({ where: { draftId: callId } })).toBe(0);

    expect(await takeCall(db, sql, agent, callId, call("ENTERPRISE_AGREEMENT"))).toMatchObject({ kind: "issued" });
    expect(await db.recoveryRequest.findUniqueOrThrow({ where: { draftId: callId } })).toMatchObject({ status: "ISSUED", entitlementId: entitlement.id, licenseProgram: "ENTERPRISE_AGREEMENT" });
  });
});
