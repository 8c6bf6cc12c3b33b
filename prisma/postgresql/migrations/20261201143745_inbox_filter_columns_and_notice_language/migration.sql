-- AlterTable
ALTER TABLE "BackInStockSubscription" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "upset" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RoutingReasonCode" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,

    CONSTRAINT "RoutingReasonCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoutingReasonCode_code_idx" ON "RoutingReasonCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RoutingReasonCode_decisionId_code_key" ON "RoutingReasonCode"("decisionId", "code");

-- AddForeignKey
ALTER TABLE "RoutingReasonCode" ADD CONSTRAINT "RoutingReasonCode_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "RoutingDecisionRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill (data only): the flags and reason codes the Inbox used to find by substring in the stored JSON.
UPDATE "Conversation" SET "upset" = TRUE WHERE EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = "Conversation"."id" AND m."author" = 'shopper' AND m."understanding" LIKE '%"label":"negative"%');
UPDATE "Conversation" SET "urgent" = TRUE WHERE EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = "Conversation"."id" AND m."author" = 'shopper' AND m."understanding" LIKE '%"urgent":true%');
INSERT INTO "RoutingReasonCode" ("id", "decisionId", "code")
SELECT md5(d."id" || ':' || (r ->> 'code')), d."id", r ->> 'code'
FROM "RoutingDecisionRecord" d CROSS JOIN LATERAL jsonb_array_elements(d."reasons"::jsonb) r
WHERE d."reasons" LIKE '[%' AND r ->> 'code' IS NOT NULL
ON CONFLICT DO NOTHING;
UPDATE "BackInStockSubscription" b SET "language" = COALESCE((SELECT c."language" FROM "Conversation" c WHERE c."shop" = b."shop" AND c."contactEmail" = b."email" ORDER BY c."lastMessageAt" DESC LIMIT 1), 'en');
