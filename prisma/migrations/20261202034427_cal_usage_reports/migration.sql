-- CreateEnum
CREATE TYPE "CalUsageScope" AS ENUM ('ALL_TRUSTED_DOMAINS', 'DOMAIN', 'ORGANIZATIONAL_UNIT');

-- AlterTable
ALTER TABLE "LicenseServer" ADD COLUMN     "domain" TEXT;

-- AlterTable
ALTER TABLE "IssuedCal" ADD COLUMN     "distinguishedName" TEXT;

-- CreateTable
CREATE TABLE "CalUsageReport" (
    "id" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "requestKey" TEXT NOT NULL,
    "scope" "CalUsageScope" NOT NULL,
    "scopeValue" TEXT,
    "installed" INTEGER NOT NULL,
    "issued" INTEGER NOT NULL,
    "totals" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalUsageReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalUsageHolderPage" (
    "reportId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "holders" JSONB NOT NULL,

    CONSTRAINT "CalUsageHolderPage_pkey" PRIMARY KEY ("reportId","page")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalUsageReport_requestKey_key" ON "CalUsageReport"("requestKey");

-- CreateIndex
CREATE INDEX "CalUsageReport_serverId_createdAt_idx" ON "CalUsageReport"("serverId", "createdAt");

-- AddForeignKey
ALTER TABLE "CalUsageReport" ADD CONSTRAINT "CalUsageReport_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalUsageHolderPage" ADD CONSTRAINT "CalUsageHolderPage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CalUsageReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: a server that already issued Per User CALs to DOMAIN\user names was a domain member in effect,
-- so it gets that domain (the NetBIOS name of its first such CAL) and its CAL Usage reports work. A server
-- without one stays in a workgroup (domain null).
UPDATE "LicenseServer" s SET "domain" = (
    SELECT upper(split_part(c."issuedTo", E'\\', 1)) FROM "IssuedCal" c
    WHERE c."serverId" = s."id" AND strpos(c."issuedTo", E'\\') > 1
    ORDER BY c."issuedOn", c."id" LIMIT 1
);
