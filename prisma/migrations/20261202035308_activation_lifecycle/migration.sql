-- CreateEnum
CREATE TYPE "ClearinghouseServerStatus" AS ENUM ('ACTIVE', 'DEACTIVATED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WizardStep" ADD VALUE 'ACTIVATE_WELCOME';
ALTER TYPE "WizardStep" ADD VALUE 'ACTIVATE_CONNECTION_METHOD';
ALTER TYPE "WizardStep" ADD VALUE 'ACTIVATE_COMPANY';
ALTER TYPE "WizardStep" ADD VALUE 'ACTIVATE_OPTIONAL';
ALTER TYPE "WizardStep" ADD VALUE 'ACTIVATE_LICENSE_SERVER';
ALTER TYPE "WizardStep" ADD VALUE 'ACTIVATE_COMPLETED';
ALTER TYPE "WizardStep" ADD VALUE 'REACTIVATE_WELCOME';
ALTER TYPE "WizardStep" ADD VALUE 'REACTIVATE_CONNECTION_METHOD';
ALTER TYPE "WizardStep" ADD VALUE 'REACTIVATE_REASON';
ALTER TYPE "WizardStep" ADD VALUE 'REACTIVATE_LICENSE_SERVER';
ALTER TYPE "WizardStep" ADD VALUE 'REACTIVATE_COMPLETED';
ALTER TYPE "WizardStep" ADD VALUE 'DEACTIVATE_WELCOME';
ALTER TYPE "WizardStep" ADD VALUE 'DEACTIVATE_CONNECTION_METHOD';
ALTER TYPE "WizardStep" ADD VALUE 'DEACTIVATE_CONTACT';
ALTER TYPE "WizardStep" ADD VALUE 'DEACTIVATE_CONFIRMATION';
ALTER TYPE "WizardStep" ADD VALUE 'DEACTIVATE_COMPLETED';

-- AlterTable
ALTER TABLE "LicenseServer" ADD COLUMN     "practiceStartsActivated" BOOLEAN NOT NULL DEFAULT true,
ALTER COLUMN "licenseServerId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ClearinghouseLicenseServer" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "licenseServerId" TEXT NOT NULL,
    "status" "ClearinghouseServerStatus" NOT NULL DEFAULT 'ACTIVE',
    "method" "ConnectionMethod" NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "countryRegion" TEXT NOT NULL,
    "email" TEXT,
    "organizationalUnit" TEXT,
    "companyAddress" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postalCode" TEXT,
    "reactivationReason" TEXT,
    "deactivatedByName" TEXT,
    "deactivatedByEmail" TEXT,
    "deactivatedByPhone" TEXT,
    "confirmationCode" TEXT,
    "lastRequestKey" TEXT,
    "activatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reactivatedAt" TIMESTAMP(3),
    "deactivatedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClearinghouseLicenseServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClearinghouseServerDraft" (
    "id" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "recordId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClearinghouseServerDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClearinghouseLicenseServer_productId_key" ON "ClearinghouseLicenseServer"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "ClearinghouseLicenseServer_licenseServerId_key" ON "ClearinghouseLicenseServer"("licenseServerId");

-- CreateIndex
CREATE INDEX "ClearinghouseServerDraft_updatedAt_idx" ON "ClearinghouseServerDraft"("updatedAt");

-- A server that is not activated has no License Server ID (docs/decisions/021-activation-lifecycle.md).
UPDATE "LicenseServer" SET "licenseServerId" = NULL WHERE "activated" = false;
