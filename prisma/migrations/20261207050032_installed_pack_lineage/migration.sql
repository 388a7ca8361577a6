-- Every installed key pack records its lineage (docs/decisions/029-purchase-lineage.md). Packs written
-- before this without one (made by the seed, the factories, or a practice server at its start) get it from the
-- record by the Clearinghouse of the same license key pack ID, a pack issued before IDs carried a generation
-- gets generation 0, earlier than any later pack of its purchase, a pack of no purchase gets 0 and 0.
UPDATE "InstalledKeyPack" i
SET "purchaseLine" = e."lineNumber", "generation" = coalesce(k."generation", 0)
FROM "IssuedKeyPack" k JOIN "Entitlement" e ON e."id" = k."entitlementId"
WHERE k."licenseKeyPackId" = i."licenseKeyPackId" AND (i."purchaseLine" IS NULL OR i."generation" IS NULL);

UPDATE "InstalledKeyPack" SET "purchaseLine" = 0, "generation" = 0 WHERE "purchaseLine" IS NULL OR "generation" IS NULL;

-- The memory the console keeps of the highest generation installed per server and purchase line, as the install
-- would have recorded it (lib/console/installed-packs.ts).
INSERT INTO "KeyPackGeneration" ("serverId", "purchaseLine", "highest", "updatedAt")
SELECT "serverId", "purchaseLine", max("generation"), now() FROM "InstalledKeyPack" WHERE "purchaseLine" > 0 GROUP BY "serverId", "purchaseLine"
ON CONFLICT ("serverId", "purchaseLine") DO UPDATE SET "highest" = GREATEST("KeyPackGeneration"."highest", EXCLUDED."highest"), "updatedAt" = now();

-- The generation rule applied to what is installed now: a server holds one pack per purchase line, so a
-- pack of an earlier generation than one installed beside it goes (its issued CALs with it), with event 90.
WITH retired AS (
  DELETE FROM "InstalledKeyPack" i USING "KeyPackGeneration" g
  WHERE i."serverId" = g."serverId" AND i."purchaseLine" = g."purchaseLine" AND i."purchaseLine" > 0 AND i."generation" < g."highest"
    AND EXISTS (SELECT 1 FROM "InstalledKeyPack" later WHERE later."serverId" = i."serverId" AND later."purchaseLine" = i."purchaseLine" AND later."generation" = g."highest")
  RETURNING i."serverId", i."keypackId"
)
INSERT INTO "ServerEvent" ("id", "serverId", "eventId", "level", "message", "createdAt")
SELECT gen_random_uuid()::text, "serverId", 90, 'Information',
  CASE WHEN count(*) = 1 THEN 'Key pack ' || string_agg("keypackId"::text, ', ' ORDER BY "keypackId") || ' was'
       ELSE 'Key packs ' || string_agg("keypackId"::text, ', ' ORDER BY "keypackId") || ' were' END
  || ' removed: a later license key pack ID of the same purchase was installed in its place.',
  now()
FROM retired GROUP BY "serverId";

-- AlterTable
ALTER TABLE "InstalledKeyPack" ALTER COLUMN "purchaseLine" SET NOT NULL,
ALTER COLUMN "generation" SET NOT NULL;
