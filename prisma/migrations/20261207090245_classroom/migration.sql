-- CreateEnum
CREATE TYPE "PracticeMarkKind" AS ENUM ('STEP', 'MISTAKE', 'HINT');

-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'TRAINER';

-- AlterTable
ALTER TABLE "LicenseServer" ADD COLUMN     "practiceScenario" TEXT,
ADD COLUMN     "traineeId" TEXT;

-- CreateTable
CREATE TABLE "PracticeClass" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "scenarios" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trainee" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Trainee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeMark" (
    "id" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "serverId" TEXT,
    "kind" "PracticeMarkKind" NOT NULL,
    "step" INTEGER,
    "detail" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PracticeClass_joinCode_key" ON "PracticeClass"("joinCode");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_owner_key" ON "Trainee"("owner");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_classId_displayName_key" ON "Trainee"("classId", "displayName");

-- CreateIndex
CREATE INDEX "PracticeMark_traineeId_createdAt_idx" ON "PracticeMark"("traineeId", "createdAt");

-- AddForeignKey
ALTER TABLE "LicenseServer" ADD CONSTRAINT "LicenseServer_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeClass" ADD CONSTRAINT "PracticeClass_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_classId_fkey" FOREIGN KEY ("classId") REFERENCES "PracticeClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMark" ADD CONSTRAINT "PracticeMark_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
