-- AlterTable
ALTER TABLE "ClearinghouseServerDraft" ADD COLUMN     "takenById" TEXT;

-- AddForeignKey
ALTER TABLE "ClearinghouseServerDraft" ADD CONSTRAINT "ClearinghouseServerDraft_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
