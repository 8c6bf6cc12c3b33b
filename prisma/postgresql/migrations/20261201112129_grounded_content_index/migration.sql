-- CreateTable
CREATE TABLE "ShopContentIndex" (
    "shop" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "passages" TEXT NOT NULL,
    "passageCount" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShopContentIndex_pkey" PRIMARY KEY ("shop","language")
);

