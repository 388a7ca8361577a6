-- AlterTable
ALTER TABLE "LicenseServer" ADD COLUMN     "telephoneCountry" TEXT;

-- CreateTable
CREATE TABLE "CalRevocation" (
    "id" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "issuedCalId" TEXT NOT NULL,
    "calType" "CalType" NOT NULL,
    "issuedTo" TEXT NOT NULL,
    "keypackId" INTEGER NOT NULL,
    "issuedOn" TIMESTAMP(3) NOT NULL,
    "expiresOn" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "standsUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalRevocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalRevocation_issuedCalId_key" ON "CalRevocation"("issuedCalId");

-- CreateIndex
CREATE INDEX "CalRevocation_serverId_calType_standsUntil_idx" ON "CalRevocation"("serverId", "calType", "standsUntil");

-- AddForeignKey
ALTER TABLE "CalRevocation" ADD CONSTRAINT "CalRevocation_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
