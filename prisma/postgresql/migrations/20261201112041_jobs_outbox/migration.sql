-- CreateTable
CREATE TABLE "JobOutbox" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),

    CONSTRAINT "JobOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JobOutbox_key_key" ON "JobOutbox"("key");

-- CreateIndex
CREATE INDEX "JobOutbox_dispatchedAt_runAt_idx" ON "JobOutbox"("dispatchedAt", "runAt");

