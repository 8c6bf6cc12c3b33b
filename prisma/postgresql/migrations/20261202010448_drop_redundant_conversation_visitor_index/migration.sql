-- Every lookup by (shop, visitorId) is served by the unique index on (shop, visitorId, clientKey), whose prefix it is;
-- this one only cost each new conversation another index page to write.
-- DropIndex
DROP INDEX "Conversation_shop_visitorId_idx";
