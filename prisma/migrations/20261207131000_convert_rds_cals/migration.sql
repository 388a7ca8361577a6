-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WizardStep" ADD VALUE 'CONVERT_KEY_PACK';
ALTER TYPE "WizardStep" ADD VALUE 'CONVERT_OBTAIN_KEY_PACK';
ALTER TYPE "WizardStep" ADD VALUE 'CONVERT_COMPLETED';

-- AlterTable
ALTER TABLE "IssuedKeyPack" ADD COLUMN     "convertedFromId" TEXT;

-- CreateIndex
CREATE INDEX "IssuedKeyPack_convertedFromId_idx" ON "IssuedKeyPack"("convertedFromId");

-- AddForeignKey
ALTER TABLE "IssuedKeyPack" ADD CONSTRAINT "IssuedKeyPack_convertedFromId_fkey" FOREIGN KEY ("convertedFromId") REFERENCES "IssuedKeyPack"("id") ON DELETE SET NULL ON UPDATE CASCADE;
