-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('WEB', 'TELEPHONE');

-- AlterTable
ALTER TABLE "ManageCalsDraft" ADD COLUMN     "takenById" TEXT;

-- AlterTable
ALTER TABLE "RecoveryRequest" ADD COLUMN     "channel" "RequestChannel" NOT NULL DEFAULT 'WEB',
ADD COLUMN     "takenById" TEXT;

-- AddForeignKey
ALTER TABLE "ManageCalsDraft" ADD CONSTRAINT "ManageCalsDraft_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryRequest" ADD CONSTRAINT "RecoveryRequest_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
