-- DropIndex
DROP INDEX "IssuedKeyPack_serial_key";

-- DropIndex
DROP INDEX "IssuedKeyPack_entitlementId_targetLicenseServerId_idx";

-- AlterTable
ALTER TABLE "InstalledKeyPack" ADD COLUMN     "generation" INTEGER,
ADD COLUMN     "purchaseLine" INTEGER;

-- AlterTable
ALTER TABLE "Entitlement" ADD COLUMN     "lineNumber" SERIAL NOT NULL;

-- AlterTable (edited: packs issued before count what they did (their own quantity), and their IDs carry no
-- generation, so theirs stays null and the next issue for the same server and purchase is generation 1)
ALTER TABLE "IssuedKeyPack" ADD COLUMN     "countedQuantity" INTEGER,
ADD COLUMN     "generation" INTEGER;
UPDATE "IssuedKeyPack" SET "countedQuantity" = "quantity";
ALTER TABLE "IssuedKeyPack" ALTER COLUMN "countedQuantity" SET NOT NULL;

-- CreateTable
CREATE TABLE "KeyPackGeneration" (
    "serverId" TEXT NOT NULL,
    "purchaseLine" INTEGER NOT NULL,
    "highest" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeyPackGeneration_pkey" PRIMARY KEY ("serverId","purchaseLine")
);

-- CreateIndex
CREATE INDEX "InstalledKeyPack_serverId_purchaseLine_idx" ON "InstalledKeyPack"("serverId", "purchaseLine");

-- CreateIndex
CREATE UNIQUE INDEX "Entitlement_lineNumber_key" ON "Entitlement"("lineNumber");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedKeyPack_entitlementId_targetLicenseServerId_generatio_key" ON "IssuedKeyPack"("entitlementId", "targetLicenseServerId", "generation");

-- AddForeignKey
ALTER TABLE "KeyPackGeneration" ADD CONSTRAINT "KeyPackGeneration_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
