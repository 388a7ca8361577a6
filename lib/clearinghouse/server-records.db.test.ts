// The Clearinghouse's activation records (docs/decisions/021-activation-lifecycle.md): a Product ID activated
// twice (one after the other, or at once) has one License Server ID; reactivation issues a new bound ID once
// per request key; deactivation gives the same confirmation code for the same pair; every change is audited.
import { describe, expect, it } from "vitest";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { checkBoundLicenseServerId } from "@/lib/licensing/activation-id";
import { checkConfirmationCode } from "@/lib/licensing/confirmation-code";
import { generateProductId } from "@/lib/licensing/product-id";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { activateProductId, deactivateProductId, reactivateProductId } from "./server-records";

const COMPANY = { firstName: "Alex", lastName: "Morgan", company: "Contoso Ltd", countryRegion: "US" };

describe.each(TEST_DATABASES)("activation records on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("issues one License Server ID bound to the Product ID, and the same one again while it is active", async () => {
    const { db } = database.opened;
    const productId = generateProductId();
    const first = await activateProductId(db, { productId, method: "WEB_BROWSER", ...COMPANY }, "test");
    expect(first.alreadyActive).toBe(false);
    expect(checkBoundLicenseServerId(first.licenseServerId, productId, (await getKeyPackSecrets(db)).accepted).status).toBe("valid");
    const again = await activateProductId(db, { productId, method: "AUTOMATIC", ...COMPANY }, "test");
    expect(again).toEqual({ kind: "activated", licenseServerId: first.licenseServerId, alreadyActive: true });
    expect(await db.auditLog.count({ where: { entityType: "ClearinghouseLicenseServer", action: "license-server.activated", after: { path: ["productId"], equals: productId } } })).toBe(1);
  });

  it("gives two simultaneous first activations of one Product ID the same ID", async () => {
    const { db } = database.opened;
    const productId = generateProductId();
    const outcomes = await Promise.all([1, 2, 3].map(() => activateProductId(db, { productId, method: "WEB_BROWSER", ...COMPANY }, "test")));
    expect(new Set(outcomes.map((o) => o.licenseServerId)).size).toBe(1);
    expect(await db.clearinghouseLicenseServer.count({ where: { productId } })).toBe(1);
  });

  it("reactivates with a new bound ID once per request key, and refuses a Product ID that is not active", async () => {
    const { db } = database.opened;
    const productId = generateProductId();
    const { licenseServerId: before } = await activateProductId(db, { productId, method: "WEB_BROWSER", ...COMPANY }, "test");
    const reason = "The license server has been redeployed" as const;
    const [a, b] = await Promise.all([1, 2].map(() => reactivateProductId(db, { productId, reason, method: "AUTOMATIC", requestKey: "run-1" }, "test")));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ kind: "reactivated" });
    const after = (a as { licenseServerId: string }).licenseServerId;
    expect(after).not.toBe(before);
    expect(checkBoundLicenseServerId(after, productId, (await getKeyPackSecrets(db)).accepted).status).toBe("valid");
    expect(await reactivateProductId(db, { productId: generateProductId(), reason, method: "AUTOMATIC" }, "test")).toEqual({ kind: "not-active" });
  });

  it("deactivates the pair it is given, with the same confirmation code when asked again, then activates anew", async () => {
    const { db } = database.opened;
    const productId = generateProductId();
    const { licenseServerId } = await activateProductId(db, { productId, method: "WEB_BROWSER", ...COMPANY }, "test");
    const contact = { contactName: "Alex Morgan", contactEmail: "alex@contoso.example", contactPhone: null, method: "WEB_BROWSER" as const };
    const other = await activateProductId(db, { productId: generateProductId(), method: "WEB_BROWSER", ...COMPANY }, "test");
    expect(await deactivateProductId(db, { productId, licenseServerId: other.licenseServerId, ...contact }, "test")).toEqual({ kind: "wrong-license-server-id" });
    const first = await deactivateProductId(db, { productId, licenseServerId, ...contact }, "test");
    const again = await deactivateProductId(db, { productId, licenseServerId, ...contact }, "test");
    expect(first).toEqual(again);
    const code = (first as { confirmationCode: string }).confirmationCode;
    expect(checkConfirmationCode(code, productId, licenseServerId, (await getKeyPackSecrets(db)).accepted).status).toBe("valid");
    expect((await db.clearinghouseLicenseServer.findUniqueOrThrow({ where: { productId } })).status).toBe("DEACTIVATED");
    const anew = await activateProductId(db, { productId, method: "WEB_BROWSER", ...COMPANY }, "test");
    expect(anew.alreadyActive).toBe(false);
    expect(anew.licenseServerId).not.toBe(licenseServerId);
  });
});
