// The migration converted_quantity on a database written before it (docs/decisions/038): each purchase
// counts the RDS CALs converted from its packs, each source pack only what it still carries, and packs of no
// purchase (a helpdesk override) are left as they are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBeforeMigration } from "@/bench/lib/scratch-database";

describe("the converted_quantity migration on PostgreSQL, with conversions made before it", () => {
  let database: Awaited<ReturnType<typeof databaseBeforeMigration>>;
  beforeAll(async () => {
    database = await databaseBeforeMigration("rdls_db_test_converted", `ADD COLUMN "convertedQuantity"`);
  });
  afterAll(() => database?.drop());

  it("moves what was converted from the source packs' count to their purchase's", async () => {
    const { client } = database;
    await client.query(`
      INSERT INTO "Entitlement" ("id", "licenseProgram", "credential", "calType", "quantity", "customerName", "updatedAt")
        VALUES ('ea', 'ENTERPRISE_AGREEMENT', '1234567', 'WS2022_PER_USER', 100, 'Contoso Ltd', now()),
               ('untouched', 'SELECT_LICENSE', '7654321', 'WS2022_PER_USER', 50, 'Contoso Ltd', now());
      INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "countedQuantity", "generation", "entitlementId", "convertedFromId")
        VALUES ('source', 'SOURCE', 1, 'ID1', 'WS2022_PER_USER', 'ENTERPRISE_AGREEMENT', 60, 60, 1, 'ea', NULL),
               ('c1', 'C1', 2, 'ID1', 'WS2022_PER_DEVICE', 'ENTERPRISE_AGREEMENT', 10, 10, NULL, NULL, 'source'),
               ('c2', 'C2', 3, 'ID1', 'WS2022_PER_DEVICE', 'ENTERPRISE_AGREEMENT', 5, 5, NULL, NULL, 'source'),
               ('other', 'OTHER', 4, 'ID2', 'WS2022_PER_USER', 'SELECT_LICENSE', 50, 50, 1, 'untouched', NULL),
               ('override', 'OVERRIDE', 5, 'ID2', 'WS2022_PER_USER', 'SELECT_LICENSE', 8, 8, NULL, NULL, NULL),
               ('c3', 'C3', 6, 'ID2', 'WS2022_PER_DEVICE', 'SELECT_LICENSE', 8, 8, NULL, NULL, 'override');`);

    await client.query(database.migration);

    const purchases = await client.query(`SELECT "id", "convertedQuantity", "version" FROM "Entitlement" ORDER BY "id"`);
    expect(purchases.rows).toEqual([
      { id: "ea", convertedQuantity: 15, version: 1 },
      { id: "untouched", convertedQuantity: 0, version: 0 },
    ]);
    const packs = await client.query(`SELECT "id", "countedQuantity" FROM "IssuedKeyPack" ORDER BY "serial"`);
    expect(packs.rows.map((r: { id: string; countedQuantity: number }) => [r.id, r.countedQuantity])).toEqual([
      ["source", 45],
      ["c1", 10],
      ["c2", 5],
      ["other", 50],
      ["override", 8],
      ["c3", 8],
    ]);
  });
});
