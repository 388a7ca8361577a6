-- CreateEnum
CREATE TYPE "PracticeAccess" AS ENUM ('ADMIN', 'NOT_ADMIN', 'UNREACHABLE');

-- AlterEnum
ALTER TYPE "PracticeMarkKind" ADD VALUE 'BROWSER_MISTAKE';

-- AlterTable
ALTER TABLE "LicenseServer" ADD COLUMN     "practiceAccess" "PracticeAccess" NOT NULL DEFAULT 'ADMIN',
ADD COLUMN     "practiceSourceFor" TEXT;
