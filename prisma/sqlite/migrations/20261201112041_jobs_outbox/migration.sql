-- CreateTable
CREATE TABLE "JobOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "runAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "JobOutbox_key_key" ON "JobOutbox"("key");

-- CreateIndex
CREATE INDEX "JobOutbox_dispatchedAt_runAt_idx" ON "JobOutbox"("dispatchedAt", "runAt");

