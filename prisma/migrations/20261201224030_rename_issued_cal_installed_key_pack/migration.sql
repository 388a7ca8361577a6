-- IssuedCal.keyPackId differed from InstalledKeyPack.keypackId (the small Keypack ID of the console) by case only.
-- Renamed in place, so existing issued CALs keep their pack (prisma migrate diff would drop and re-add the
-- column). The index and foreign key get the names Prisma gives them for the new column.
ALTER TABLE "IssuedCal" RENAME COLUMN "keyPackId" TO "installedKeyPackId";
ALTER INDEX "IssuedCal_keyPackId_idx" RENAME TO "IssuedCal_installedKeyPackId_idx";
ALTER TABLE "IssuedCal" RENAME CONSTRAINT "IssuedCal_keyPackId_fkey" TO "IssuedCal_installedKeyPackId_fkey";
