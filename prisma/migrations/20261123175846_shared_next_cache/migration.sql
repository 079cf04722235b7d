-- CreateTable
CREATE TABLE "next_cache_entry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "tags" TEXT[],
    "lastModified" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "next_cache_entry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "next_cache_tag" (
    "tag" TEXT NOT NULL,
    "expiredAt" BIGINT NOT NULL,

    CONSTRAINT "next_cache_tag_pkey" PRIMARY KEY ("tag")
);

