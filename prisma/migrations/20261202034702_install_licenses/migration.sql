-- CreateEnum
CREATE TYPE "SiteOption" AS ENUM ('MANAGE_CALS', 'INSTALL_CALS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WizardStep" ADD VALUE 'INSTALL_WELCOME';
ALTER TYPE "WizardStep" ADD VALUE 'INSTALL_OBTAIN_KEY_PACK';
ALTER TYPE "WizardStep" ADD VALUE 'INSTALL_LICENSE_PROGRAM';
ALTER TYPE "WizardStep" ADD VALUE 'INSTALL_LICENSE_INFORMATION';
ALTER TYPE "WizardStep" ADD VALUE 'INSTALL_PRODUCT_VERSION';
ALTER TYPE "WizardStep" ADD VALUE 'INSTALL_COMPLETED';

-- AlterTable
ALTER TABLE "ManageCalsDraft" ADD COLUMN     "option" "SiteOption" NOT NULL DEFAULT 'MANAGE_CALS';

-- AlterTable
ALTER TABLE "RecoveryRequest" ADD COLUMN     "option" "SiteOption" NOT NULL DEFAULT 'MANAGE_CALS',
ALTER COLUMN "reasonForRecovery" DROP NOT NULL;
