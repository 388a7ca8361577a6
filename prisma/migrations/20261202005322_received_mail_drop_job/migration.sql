-- DropTable
DROP TABLE "Job";

-- CreateTable
CREATE TABLE "ReceivedMail" (
    "id" TEXT NOT NULL,
    "messageId" TEXT,
    "fromAddress" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceivedMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReceivedMail_receivedAt_idx" ON "ReceivedMail"("receivedAt");
