-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WizardStep" ADD VALUE 'MIGRATE_REASON';
ALTER TYPE "WizardStep" ADD VALUE 'MIGRATE_SOURCE';
ALTER TYPE "WizardStep" ADD VALUE 'MIGRATE_REMINDER';
ALTER TYPE "WizardStep" ADD VALUE 'MIGRATE_OBTAIN_KEY_PACK';
ALTER TYPE "WizardStep" ADD VALUE 'MIGRATE_COMPLETED';

-- AlterTable
ALTER TABLE "ManageCalsDraft" ADD COLUMN     "sourceLicenseServerId" TEXT;

-- AlterTable
ALTER TABLE "RecoveryRequest" ADD COLUMN     "sourceLicenseServerId" TEXT;

-- CreateTable
CREATE TABLE "MigratedPurchaseLine" (
    "id" TEXT NOT NULL,
    "sourceServerId" TEXT NOT NULL,
    "targetServerId" TEXT NOT NULL,
    "purchaseLine" INTEGER NOT NULL,
    "wizardRunId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MigratedPurchaseLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MigratedPurchaseLine_sourceServerId_purchaseLine_idx" ON "MigratedPurchaseLine"("sourceServerId", "purchaseLine");

-- AddForeignKey
ALTER TABLE "MigratedPurchaseLine" ADD CONSTRAINT "MigratedPurchaseLine_sourceServerId_fkey" FOREIGN KEY ("sourceServerId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MigratedPurchaseLine" ADD CONSTRAINT "MigratedPurchaseLine_targetServerId_fkey" FOREIGN KEY ("targetServerId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
