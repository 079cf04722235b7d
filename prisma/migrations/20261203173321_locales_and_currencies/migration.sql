-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "BundlePrice" (
    "bundleId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "retailMinor" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BundlePrice_pkey" PRIMARY KEY ("bundleId","currency")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currency" TEXT NOT NULL,
    "perEur" DOUBLE PRECISION NOT NULL,
    "publishedOn" DATE NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("currency")
);

-- CreateIndex
CREATE INDEX "BundlePrice_currency_retailMinor_idx" ON "BundlePrice"("currency", "retailMinor");

-- AddForeignKey
ALTER TABLE "BundlePrice" ADD CONSTRAINT "BundlePrice_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "Bundle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

