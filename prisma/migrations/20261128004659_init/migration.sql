-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ConnectionMethod" AS ENUM ('AUTOMATIC', 'WEB_BROWSER', 'TELEPHONE');

-- CreateEnum
CREATE TYPE "LicenseProgram" AS ENUM ('LICENSE_PACK', 'OPEN_LICENSE', 'SELECT_LICENSE', 'ENTERPRISE_AGREEMENT', 'CAMPUS_AGREEMENT', 'SCHOOL_AGREEMENT', 'SERVICES_PROVIDER_LICENSE_AGREEMENT', 'OTHER_AGREEMENT');

-- CreateEnum
CREATE TYPE "CalType" AS ENUM ('WS2025_PER_USER', 'WS2025_PER_DEVICE', 'WS2022_PER_USER', 'WS2022_PER_DEVICE', 'WS2019_PER_USER', 'WS2019_PER_DEVICE', 'WS2016_PER_USER', 'WS2016_PER_DEVICE', 'WS2012_PER_USER', 'WS2012_PER_DEVICE');

-- CreateEnum
CREATE TYPE "WizardStep" AS ENUM ('WELCOME', 'ACTION_SELECTION', 'REASON', 'CONFIRM_DELETION', 'REINSTALLING', 'OBTAIN_KEY_PACK', 'REINSTALL_ADDITIONAL', 'COMPLETED');

-- CreateEnum
CREATE TYPE "WizardStatus" AS ENUM ('IN_PROGRESS', 'FINISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RecoveryStatus" AS ENUM ('ISSUED', 'AWAITING_REVIEW', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('AGENT', 'SUPERVISOR');

-- CreateTable
CREATE TABLE "LicenseServer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "licenseServerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "activated" BOOLEAN NOT NULL DEFAULT false,
    "activatedAt" TIMESTAMP(3),
    "connectionMethod" "ConnectionMethod" NOT NULL DEFAULT 'AUTOMATIC',
    "databaseLocation" TEXT NOT NULL DEFAULT 'C:\Windows\System32\LServer',
    "firstName" TEXT,
    "lastName" TEXT,
    "company" TEXT,
    "countryRegion" TEXT,
    "email" TEXT,
    "organizationalUnit" TEXT,
    "companyAddress" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postalCode" TEXT,
    "nextKeypackId" INTEGER NOT NULL DEFAULT 2,
    "practiceOwner" TEXT,
    "practiceExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicenseServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstalledKeyPack" (
    "id" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "keypackId" INTEGER NOT NULL,
    "licenseKeyPackId" TEXT NOT NULL,
    "calType" "CalType" NOT NULL,
    "licenseProgram" "LicenseProgram" NOT NULL,
    "totalLicenses" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "installedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "wizardRunId" TEXT,

    CONSTRAINT "InstalledKeyPack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuedCal" (
    "id" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "keyPackId" TEXT NOT NULL,
    "issuedTo" TEXT NOT NULL,
    "issuedOn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresOn" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'Active',

    CONSTRAINT "IssuedCal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WizardRun" (
    "id" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "activeServerId" TEXT,
    "status" "WizardStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "step" "WizardStep" NOT NULL DEFAULT 'WELCOME',
    "action" TEXT,
    "reason" TEXT,
    "reasonDetail" TEXT,
    "deletedAt" TIMESTAMP(3),
    "deletedKeyPacks" INTEGER,
    "deletedCals" INTEGER,
    "deletedSnapshot" JSONB,
    "continueChoice" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "WizardRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServerEvent" (
    "id" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "wizardRunId" TEXT,
    "eventId" INTEGER NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'Information',
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entitlement" (
    "id" TEXT NOT NULL,
    "licenseProgram" "LicenseProgram" NOT NULL,
    "credential" TEXT NOT NULL,
    "calType" "CalType" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "customerName" TEXT NOT NULL,
    "practiceServerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entitlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuedKeyPack" (
    "id" TEXT NOT NULL,
    "licenseKeyPackId" TEXT NOT NULL,
    "serial" BIGINT NOT NULL,
    "targetLicenseServerId" TEXT NOT NULL,
    "calType" "CalType" NOT NULL,
    "licenseProgram" "LicenseProgram" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "entitlementId" TEXT,
    "supersededAt" TIMESTAMP(3),
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuedKeyPack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManageCalsDraft" (
    "id" TEXT NOT NULL,
    "targetLicenseServerId" TEXT,
    "reasonForRecovery" TEXT,
    "licenseProgram" "LicenseProgram",
    "lastName" TEXT,
    "firstName" TEXT,
    "companyName" TEXT,
    "countryRegion" TEXT,
    "companyAddress" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "organizationalUnit" TEXT,
    "licenseCode" TEXT,
    "licenseNumber" TEXT,
    "authorizationNumber" TEXT,
    "agreementNumber" TEXT,
    "calType" "CalType",
    "quantity" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ManageCalsDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "draftId" TEXT,
    "status" "RecoveryStatus" NOT NULL,
    "reviewReason" TEXT,
    "rejectionReason" TEXT,
    "targetLicenseServerId" TEXT NOT NULL,
    "reasonForRecovery" TEXT NOT NULL,
    "licenseProgram" "LicenseProgram" NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "countryRegion" TEXT NOT NULL,
    "companyAddress" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "organizationalUnit" TEXT,
    "licenseCode" TEXT,
    "licenseNumber" TEXT,
    "authorizationNumber" TEXT,
    "agreementNumber" TEXT,
    "credential" TEXT NOT NULL,
    "calType" "CalType" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "entitlementId" TEXT,
    "issuedKeyPackId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecoveryRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LicenseServer_name_key" ON "LicenseServer"("name");

-- CreateIndex
CREATE UNIQUE INDEX "LicenseServer_licenseServerId_key" ON "LicenseServer"("licenseServerId");

-- CreateIndex
CREATE INDEX "LicenseServer_practiceExpiresAt_idx" ON "LicenseServer"("practiceExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "InstalledKeyPack_serverId_keypackId_key" ON "InstalledKeyPack"("serverId", "keypackId");

-- CreateIndex
CREATE UNIQUE INDEX "InstalledKeyPack_serverId_licenseKeyPackId_key" ON "InstalledKeyPack"("serverId", "licenseKeyPackId");

-- CreateIndex
CREATE INDEX "IssuedCal_serverId_idx" ON "IssuedCal"("serverId");

-- CreateIndex
CREATE INDEX "IssuedCal_keyPackId_idx" ON "IssuedCal"("keyPackId");

-- CreateIndex
CREATE UNIQUE INDEX "WizardRun_activeServerId_key" ON "WizardRun"("activeServerId");

-- CreateIndex
CREATE INDEX "WizardRun_serverId_startedAt_idx" ON "WizardRun"("serverId", "startedAt");

-- CreateIndex
CREATE INDEX "ServerEvent_serverId_createdAt_idx" ON "ServerEvent"("serverId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Entitlement_licenseProgram_credential_calType_key" ON "Entitlement"("licenseProgram", "credential", "calType");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedKeyPack_licenseKeyPackId_key" ON "IssuedKeyPack"("licenseKeyPackId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedKeyPack_serial_key" ON "IssuedKeyPack"("serial");

-- CreateIndex
CREATE INDEX "IssuedKeyPack_entitlementId_targetLicenseServerId_idx" ON "IssuedKeyPack"("entitlementId", "targetLicenseServerId");

-- CreateIndex
CREATE INDEX "IssuedKeyPack_targetLicenseServerId_idx" ON "IssuedKeyPack"("targetLicenseServerId");

-- CreateIndex
CREATE INDEX "ManageCalsDraft_updatedAt_idx" ON "ManageCalsDraft"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryRequest_reference_key" ON "RecoveryRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryRequest_draftId_key" ON "RecoveryRequest"("draftId");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryRequest_issuedKeyPackId_key" ON "RecoveryRequest"("issuedKeyPackId");

-- CreateIndex
CREATE INDEX "RecoveryRequest_createdAt_id_idx" ON "RecoveryRequest"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "RecoveryRequest_status_createdAt_id_idx" ON "RecoveryRequest"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "RecoveryRequest_targetLicenseServerId_createdAt_idx" ON "RecoveryRequest"("targetLicenseServerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "RecoveryRequest_email_idx" ON "RecoveryRequest"("email");

-- CreateIndex
CREATE INDEX "RecoveryRequest_companyName_idx" ON "RecoveryRequest"("companyName");

-- CreateIndex
CREATE INDEX "RequestNote_requestId_createdAt_idx" ON "RequestNote"("requestId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "StaffSession_userId_idx" ON "StaffSession"("userId");

-- CreateIndex
CREATE INDEX "StaffSession_expiresAt_idx" ON "StaffSession"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "InstalledKeyPack" ADD CONSTRAINT "InstalledKeyPack_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstalledKeyPack" ADD CONSTRAINT "InstalledKeyPack_wizardRunId_fkey" FOREIGN KEY ("wizardRunId") REFERENCES "WizardRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedCal" ADD CONSTRAINT "IssuedCal_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedCal" ADD CONSTRAINT "IssuedCal_keyPackId_fkey" FOREIGN KEY ("keyPackId") REFERENCES "InstalledKeyPack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WizardRun" ADD CONSTRAINT "WizardRun_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WizardRun" ADD CONSTRAINT "WizardRun_activeServerId_fkey" FOREIGN KEY ("activeServerId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServerEvent" ADD CONSTRAINT "ServerEvent_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServerEvent" ADD CONSTRAINT "ServerEvent_wizardRunId_fkey" FOREIGN KEY ("wizardRunId") REFERENCES "WizardRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entitlement" ADD CONSTRAINT "Entitlement_practiceServerId_fkey" FOREIGN KEY ("practiceServerId") REFERENCES "LicenseServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedKeyPack" ADD CONSTRAINT "IssuedKeyPack_entitlementId_fkey" FOREIGN KEY ("entitlementId") REFERENCES "Entitlement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryRequest" ADD CONSTRAINT "RecoveryRequest_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ManageCalsDraft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryRequest" ADD CONSTRAINT "RecoveryRequest_entitlementId_fkey" FOREIGN KEY ("entitlementId") REFERENCES "Entitlement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryRequest" ADD CONSTRAINT "RecoveryRequest_issuedKeyPackId_fkey" FOREIGN KEY ("issuedKeyPackId") REFERENCES "IssuedKeyPack"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryRequest" ADD CONSTRAINT "RecoveryRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "RecoveryRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma's schema language cannot express expression indexes): case-insensitive
-- prefix search on company name and exact search on e-mail for the helpdesk queue.
CREATE INDEX "RecoveryRequest_companyName_lower_prefix_idx" ON "RecoveryRequest" (lower("companyName") text_pattern_ops, "createdAt" DESC);
CREATE INDEX "RecoveryRequest_email_lower_idx" ON "RecoveryRequest" (lower("email"));
