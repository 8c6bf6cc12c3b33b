-- CreateTable
CREATE TABLE "SetupProgress" (
    "shop" TEXT NOT NULL,
    "hoursConfirmedAt" TIMESTAMP(3),
    "testMessageAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SetupProgress_pkey" PRIMARY KEY ("shop")
);

