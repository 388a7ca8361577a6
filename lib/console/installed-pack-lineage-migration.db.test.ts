// The migration installed_pack_lineage on a database written before it (docs/decisions/029-purchase-lineage.md): packs without
// lineage (the seed's, a practice server's starting packs) get the purchase line and generation of the ID the
// Clearinghouse issued, a pack issued before generations gets generation 0, a pack of no purchase 0 and 0;
// the console's generation memory is filled in, and a pack of an earlier generation installed beside a later
// one of the same purchase goes (the 50 + 50 of one 50-CAL retail code), with event 90.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBeforeMigration, migrationSql } from "@/bench/lib/scratch-database";

describe("the installed_pack_lineage migration on PostgreSQL, with data written before it", () => {
  let database: Awaited<ReturnType<typeof databaseBeforeMigration>>;
  beforeAll(async () => {
    database = await databaseBeforeMigration("rdls_db_test_lineage", "Every installed key pack records its lineage");
  });
  afterAll(() => database?.drop());

  it("has no semicolon in a comment of any migration: prisma migrate deploy splits statements there (docs/stack-traps.md 22)", () => {
    for (const sql of migrationSql()) for (const line of sql.split("\n").filter((l) => l.trimStart().startsWith("--"))) expect(line).not.toContain(";");
  });

  it("backfills every pack's lineage and leaves one pack per server and purchase line", async () => {
    const { client } = database;

    await client.query(`
      INSERT INTO "LicenseServer" ("id", "name", "productId", "updatedAt") VALUES ('s1', 'LS-ONE', '1', now()), ('s2', 'LS-TWO', '2', now()), ('s3', 'LS-THREE', '3', now());
      INSERT INTO "Entitlement" ("id", "licenseProgram", "credential", "calType", "quantity", "customerName", "updatedAt")
        VALUES ('retail', 'LICENSE_PACK', 'CODE', 'WS2022_PER_USER', 50, 'Contoso Ltd', now());
      INSERT INTO "IssuedKeyPack" ("id", "licenseKeyPackId", "serial", "targetLicenseServerId", "calType", "licenseProgram", "quantity", "countedQuantity", "generation", "entitlementId")
        VALUES ('k1', 'SEEDED', 1, 'ID1', 'WS2022_PER_USER', 'LICENSE_PACK', 50, 50, 1, 'retail'),
               ('k2', 'LATER', 2, 'ID1', 'WS2022_PER_USER', 'LICENSE_PACK', 50, 50, 2, 'retail'),
               ('k3', 'OTHER', 3, 'ID2', 'WS2022_PER_USER', 'LICENSE_PACK', 50, 50, 1, 'retail'),
               ('k4', 'LEGACY', 4, 'ID3', 'WS2022_PER_USER', 'LICENSE_PACK', 50, 50, NULL, 'retail');
      INSERT INTO "InstalledKeyPack" ("id", "serverId", "keypackId", "licenseKeyPackId", "calType", "licenseProgram", "totalLicenses", "purchaseLine", "generation")
        VALUES ('i1', 's1', 2, 'SEEDED', 'WS2022_PER_USER', 'LICENSE_PACK', 50, NULL, NULL),
               ('i2', 's1', 3, 'LATER', 'WS2022_PER_USER', 'LICENSE_PACK', 50, 1, 2),
               ('i3', 's2', 2, 'OTHER', 'WS2022_PER_USER', 'LICENSE_PACK', 50, NULL, NULL),
               ('i4', 's2', 3, 'NOPURCHASE', 'WS2022_PER_DEVICE', 'OPEN_LICENSE', 10, NULL, NULL),
               ('i5', 's3', 2, 'LEGACY', 'WS2022_PER_USER', 'LICENSE_PACK', 50, NULL, NULL);
      INSERT INTO "IssuedCal" ("id", "serverId", "installedKeyPackId", "issuedTo") VALUES ('c1', 's1', 'i1', 'CONTOSO\\alice');
      INSERT INTO "KeyPackGeneration" ("serverId", "purchaseLine", "highest") VALUES ('s1', 1, 2);`);

    await client.query(database.migration);

    const packs = await client.query(`SELECT "id", "purchaseLine", "generation" FROM "InstalledKeyPack" ORDER BY "id"`);
    expect(packs.rows).toEqual([
      { id: "i2", purchaseLine: 1, generation: 2 },
      { id: "i3", purchaseLine: 1, generation: 1 },
      { id: "i4", purchaseLine: 0, generation: 0 },
      { id: "i5", purchaseLine: 1, generation: 0 },
    ]);
    expect((await client.query(`SELECT count(*)::int AS n FROM "IssuedCal"`)).rows[0].n).toBe(0);
    const events = await client.query(`SELECT "serverId", "eventId", "message" FROM "ServerEvent"`);
    expect(events.rows).toEqual([{ serverId: "s1", eventId: 90, message: "Key pack 2 was removed: a later license key pack ID of the same purchase was installed in its place." }]);
    const memory = await client.query(`SELECT "serverId", "purchaseLine", "highest" FROM "KeyPackGeneration" ORDER BY "serverId"`);
    expect(memory.rows).toEqual([
      { serverId: "s1", purchaseLine: 1, highest: 2 },
      { serverId: "s2", purchaseLine: 1, highest: 1 },
      { serverId: "s3", purchaseLine: 1, highest: 0 },
    ]);
    await expect(
      client.query(`INSERT INTO "InstalledKeyPack" ("id", "serverId", "keypackId", "licenseKeyPackId", "calType", "licenseProgram", "totalLicenses") VALUES ('i6', 's3', 4, 'X', 'WS2022_PER_USER', 'LICENSE_PACK', 1)`),
    ).rejects.toThrow(/null value in column "(purchaseLine|generation)"/);
  });
});
