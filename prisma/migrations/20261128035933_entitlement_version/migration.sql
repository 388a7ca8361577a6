-- AlterTable
ALTER TABLE "Entitlement" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
