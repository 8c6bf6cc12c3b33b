-- CreateTable
CREATE TABLE "RoutingReasonCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    CONSTRAINT "RoutingReasonCode_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "RoutingDecisionRecord" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BackInStockSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "inventoryItemId" TEXT,
    "email" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "restockedAt" DATETIME,
    "notifiedAt" DATETIME
);
INSERT INTO "new_BackInStockSubscription" ("createdAt", "email", "id", "inventoryItemId", "notifiedAt", "restockedAt", "shop", "variantId") SELECT "createdAt", "email", "id", "inventoryItemId", "notifiedAt", "restockedAt", "shop", "variantId" FROM "BackInStockSubscription";
DROP TABLE "BackInStockSubscription";
ALTER TABLE "new_BackInStockSubscription" RENAME TO "BackInStockSubscription";
CREATE INDEX "BackInStockSubscription_shop_inventoryItemId_idx" ON "BackInStockSubscription"("shop", "inventoryItemId");
CREATE INDEX "BackInStockSubscription_restockedAt_notifiedAt_idx" ON "BackInStockSubscription"("restockedAt", "notifiedAt");
CREATE UNIQUE INDEX "BackInStockSubscription_shop_variantId_email_key" ON "BackInStockSubscription"("shop", "variantId", "email");
CREATE TABLE "new_Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "visitorId" TEXT NOT NULL,
    "customerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'bot',
    "assignedStaff" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "contactEmail" TEXT,
    "context" TEXT NOT NULL DEFAULT '{}',
    "handoffReason" TEXT,
    "holdout" BOOLEAN NOT NULL DEFAULT false,
    "clientKey" TEXT,
    "lockedUntil" DATETIME,
    "lockToken" TEXT,
    "assignedStaffId" TEXT,
    "waitingSince" DATETIME,
    "handoffAt" DATETIME,
    "firstHumanReplyAt" DATETIME,
    "resolvedAt" DATETIME,
    "shopperSeenAt" DATETIME,
    "upset" BOOLEAN NOT NULL DEFAULT false,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastMessageAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Conversation" ("assignedStaff", "assignedStaffId", "clientKey", "contactEmail", "context", "createdAt", "customerId", "firstHumanReplyAt", "handoffAt", "handoffReason", "holdout", "id", "language", "lastMessageAt", "lockToken", "lockedUntil", "resolvedAt", "shop", "shopperSeenAt", "status", "updatedAt", "visitorId", "waitingSince") SELECT "assignedStaff", "assignedStaffId", "clientKey", "contactEmail", "context", "createdAt", "customerId", "firstHumanReplyAt", "handoffAt", "handoffReason", "holdout", "id", "language", "lastMessageAt", "lockToken", "lockedUntil", "resolvedAt", "shop", "shopperSeenAt", "status", "updatedAt", "visitorId", "waitingSince" FROM "Conversation";
DROP TABLE "Conversation";
ALTER TABLE "new_Conversation" RENAME TO "Conversation";
CREATE INDEX "Conversation_shop_status_lastMessageAt_idx" ON "Conversation"("shop", "status", "lastMessageAt");
CREATE INDEX "Conversation_shop_visitorId_idx" ON "Conversation"("shop", "visitorId");
CREATE INDEX "Conversation_shop_status_waitingSince_idx" ON "Conversation"("shop", "status", "waitingSince");
CREATE UNIQUE INDEX "Conversation_shop_visitorId_clientKey_key" ON "Conversation"("shop", "visitorId", "clientKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RoutingReasonCode_code_idx" ON "RoutingReasonCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RoutingReasonCode_decisionId_code_key" ON "RoutingReasonCode"("decisionId", "code");


-- Backfill (data only): the flags and reason codes the Inbox used to find by substring in the stored JSON.
UPDATE "Conversation" SET "upset" = 1 WHERE EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = "Conversation"."id" AND m."author" = 'shopper' AND m."understanding" LIKE '%"label":"negative"%');
UPDATE "Conversation" SET "urgent" = 1 WHERE EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = "Conversation"."id" AND m."author" = 'shopper' AND m."understanding" LIKE '%"urgent":true%');
INSERT OR IGNORE INTO "RoutingReasonCode" ("id", "decisionId", "code")
SELECT lower(hex(randomblob(12))), d."id", json_extract(r.value, '$.code')
FROM "RoutingDecisionRecord" d, json_each(d."reasons") r
WHERE json_valid(d."reasons") AND json_extract(r.value, '$.code') IS NOT NULL;
UPDATE "BackInStockSubscription" SET "language" = COALESCE((SELECT c."language" FROM "Conversation" c WHERE c."shop" = "BackInStockSubscription"."shop" AND c."contactEmail" = "BackInStockSubscription"."email" ORDER BY c."lastMessageAt" DESC LIMIT 1), 'en');
