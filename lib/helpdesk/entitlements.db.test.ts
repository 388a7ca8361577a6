// What counts against a purchase on the helpdesk's pages (docs/decisions/038): its active packs and the RDS
// CALs converted from them, which count for good. The list, the export, the quantity floor and a request's
// usage all say the same.
import { describe, expect, it } from "vitest";
import { issueConversion } from "@/lib/clearinghouse/convert-key-pack";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks } from "@/prisma/console-factories";
import { createStaffUser, issueAndInstall } from "@/prisma/factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { exportEntitlements, listEntitlements, updateEntitlementQuantity } from "./entitlements";
import { entitlementUsage } from "./request-detail";

describe.each(TEST_DATABASES)("a purchase's usage after Convert RDS CALs on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("counts the converted RDS CALs in the list, the export, the quantity floor and a request's usage", async () => {
    const { db } = database.opened;
    const server = await createServerWithPacks(db, { packs: [] });
    const { entitlement } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 100 });
    const pack = await issueAndInstall(db, server, entitlement, 60);
    expect((await issueConversion(db, { licenseServerId: server.licenseServerId, sourceLicenseKeyPackId: pack.licenseKeyPackId, count: 20 }, "test")).kind).toBe("issued");

    // 40 still on the source pack, 20 converted: 60 count against the 100.
    const listed = (await listEntitlements(db, { q: entitlement.customerName })).rows.find((r) => r.id === entitlement.id);
    expect(listed?.activeIssued).toBe(60);
    expect((await exportEntitlements(db)).find((r) => r.id === entitlement.id)?.activeIssued).toBe(60);
    expect(await entitlementUsage(db, entitlement.id, server.licenseServerId)).toEqual({ activeIssued: 60, activeForThisServer: 40 });

    const user = await createStaffUser(db, { password: "a long enough password 1", role: "SUPERVISOR" });
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    expect(await updateEntitlementQuantity(db, actor, entitlement.id, 59)).toMatchObject({ ok: false, message: "The quantity cannot be less than the 60 CALs already issued from this purchase" });
    expect(await updateEntitlementQuantity(db, actor, entitlement.id, 60)).toMatchObject({ ok: true });
  });
});
