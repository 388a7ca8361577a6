-- CreateTable
CREATE TABLE "SigningKey" (
    "owner" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "sealedKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("owner")
);

-- CreateTable
CREATE TABLE "HistoryAccess" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "sessionHash" TEXT,
    "sessionExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HistoryAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HistoryAccess_tokenHash_key" ON "HistoryAccess"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryAccess_sessionHash_key" ON "HistoryAccess"("sessionHash");

-- CreateIndex
CREATE INDEX "HistoryAccess_email_createdAt_idx" ON "HistoryAccess"("email", "createdAt");
