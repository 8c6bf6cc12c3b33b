-- CreateTable
CREATE TABLE "SetupProgress" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "hoursConfirmedAt" DATETIME,
    "testMessageAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

