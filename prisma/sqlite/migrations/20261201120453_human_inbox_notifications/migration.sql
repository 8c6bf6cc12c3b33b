-- AlterTable
ALTER TABLE "BackInStockSubscription" ADD COLUMN "restockedAt" DATETIME;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "assignedStaffId" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "firstHumanReplyAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "handoffAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "resolvedAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "shopperSeenAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "waitingSince" DATETIME;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "conversationId" TEXT,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "InboxNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "staffId" TEXT,
    "staffName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SavedReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_key_key" ON "Notification"("key");

-- CreateIndex
CREATE INDEX "Notification_shop_channel_updatedAt_idx" ON "Notification"("shop", "channel", "updatedAt");

-- CreateIndex
CREATE INDEX "InboxNote_conversationId_createdAt_idx" ON "InboxNote"("conversationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SavedReply_shop_title_key" ON "SavedReply"("shop", "title");

-- CreateIndex
CREATE INDEX "BackInStockSubscription_restockedAt_notifiedAt_idx" ON "BackInStockSubscription"("restockedAt", "notifiedAt");

-- CreateIndex
CREATE INDEX "Conversation_shop_status_waitingSince_idx" ON "Conversation"("shop", "status", "waitingSince");

