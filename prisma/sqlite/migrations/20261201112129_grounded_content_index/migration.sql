-- CreateTable
CREATE TABLE "ShopContentIndex" (
    "shop" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "passages" TEXT NOT NULL,
    "passageCount" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "builtAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("shop", "language")
);

