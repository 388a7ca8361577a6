-- RDS CALs converted away from a purchase count against it for good (docs/decisions/038).
ALTER TABLE "Entitlement" ADD COLUMN "convertedQuantity" INTEGER NOT NULL DEFAULT 0;

-- Conversions made before this column: each purchase counts what was converted from its packs,
UPDATE "Entitlement" e SET "convertedQuantity" = c."total", "version" = e."version" + 1
FROM (
  SELECT s."entitlementId", sum(k."quantity")::int AS "total"
  FROM "IssuedKeyPack" k JOIN "IssuedKeyPack" s ON s."id" = k."convertedFromId"
  WHERE s."entitlementId" IS NOT NULL
  GROUP BY s."entitlementId"
) c
WHERE c."entitlementId" = e."id";

-- and each source pack counts only what it still carries.
UPDATE "IssuedKeyPack" s SET "countedQuantity" = GREATEST(0, s."countedQuantity" - c."total")
FROM (
  SELECT "convertedFromId", sum("quantity")::int AS "total" FROM "IssuedKeyPack" WHERE "convertedFromId" IS NOT NULL GROUP BY "convertedFromId"
) c
WHERE c."convertedFromId" = s."id" AND s."entitlementId" IS NOT NULL;
