-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "experimentGroup" TEXT;

