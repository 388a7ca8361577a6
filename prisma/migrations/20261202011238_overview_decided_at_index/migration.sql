-- CreateIndex
CREATE INDEX "RecoveryRequest_decidedAt_idx" ON "RecoveryRequest"("decidedAt");
