// The company information the web site's Company information page starts from (known-company.ts): the
// server's activation record or its newest request, found only by the server's own ID; nothing for an ID the
// Clearinghouse does not know, and never a rejected request's.
import { describe, expect, it } from "vitest";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { createRequestRecord } from "@/prisma/clearinghouse-factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { findKnownCompany } from "./known-company";
import { activateProductId } from "./server-records";

const COMPANY = { firstName: "Alex", lastName: "Morgan", company: "Contoso Ltd", countryRegion: "US", email: "it@contoso.example", organizationalUnit: "IT" };

describe.each(TEST_DATABASES)("the company information the Clearinghouse holds for a server, on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it("is the activation's, by the Product ID or by the License Server ID issued", async () => {
    const { db } = database.opened;
    const productId = generateProductId();
    const { licenseServerId } = await activateProductId(db, { productId, method: "WEB_BROWSER", ...COMPANY }, "test");
    const expected = { lastName: "Morgan", firstName: "Alex", companyName: "Contoso Ltd", countryRegion: "US", companyAddress: null, email: "it@contoso.example", phone: null, organizationalUnit: "IT" };
    expect(await findKnownCompany(db, { productId })).toEqual(expected);
    expect(await findKnownCompany(db, { licenseServerId })).toEqual(expected);
  });

  it("is nothing for a Product ID or License Server ID the Clearinghouse does not know", async () => {
    const { db } = database.opened;
    await activateProductId(db, { productId: generateProductId(), method: "WEB_BROWSER", ...COMPANY }, "test");
    expect(await findKnownCompany(db, { productId: generateProductId() })).toBeNull();
    expect(await findKnownCompany(db, { licenseServerId: generateLicenseServerId() })).toBeNull();
  });

  it("is the newest request's when one was made after the activation, but never a rejected one's", async () => {
    const { db } = database.opened;
    const productId = generateProductId();
    const { licenseServerId } = await activateProductId(db, { productId, method: "WEB_BROWSER", ...COMPANY }, "test");
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    await createRequestRecord(db, { targetLicenseServerId: licenseServerId, companyName: "Contoso Pharmaceuticals", lastName: "Okafor", firstName: "Chidi", countryRegion: "GB", phone: "+44 20 7946 0000", status: "ISSUED", createdAt: later(1) });
    // A rejected request, newer still: someone else's claim on the server is not shown.
    await createRequestRecord(db, { targetLicenseServerId: licenseServerId, companyName: "Not Contoso", status: "REJECTED", createdAt: later(2) });
    const byProduct = await findKnownCompany(db, { productId });
    expect(byProduct).toMatchObject({ companyName: "Contoso Pharmaceuticals", lastName: "Okafor", firstName: "Chidi", countryRegion: "GB", phone: "+44 20 7946 0000" });
    expect(await findKnownCompany(db, { licenseServerId })).toEqual(byProduct);
    // A License Server ID known only from a request (a server activated before the records began).
    const legacy = generateLicenseServerId();
    await createRequestRecord(db, { targetLicenseServerId: legacy, companyName: "Fabrikam Inc", status: "AWAITING_REVIEW" });
    expect(await findKnownCompany(db, { licenseServerId: legacy })).toMatchObject({ companyName: "Fabrikam Inc" });
  });
});
