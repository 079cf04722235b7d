-- CreateEnum
CREATE TYPE "AutoTopUpTrigger" AS ENUM ('used90', 'depleted');

-- CreateEnum
CREATE TYPE "AutoTopUpStatus" AS ENUM ('awaiting_card', 'active', 'paused', 'off');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "stripeCustomerId" TEXT;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "autoTopUpId" TEXT,
ADD COLUMN     "autoTriggerKey" TEXT;

-- CreateTable
CREATE TABLE "AutoTopUp" (
    "id" TEXT NOT NULL,
    "esimId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bundleId" TEXT NOT NULL,
    "trigger" "AutoTopUpTrigger" NOT NULL,
    "monthlyCapMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "AutoTopUpStatus" NOT NULL,
    "pausedReason" TEXT,
    "paymentMethodId" TEXT,
    "cardBrand" TEXT,
    "cardLast4" TEXT,
    "setupSessionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AutoTopUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AutoTopUp_esimId_key" ON "AutoTopUp"("esimId");

-- CreateIndex
CREATE UNIQUE INDEX "AutoTopUp_setupSessionId_key" ON "AutoTopUp"("setupSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "User_stripeCustomerId_key" ON "User"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_autoTriggerKey_key" ON "Order"("autoTriggerKey");

-- CreateIndex
CREATE INDEX "Order_autoTopUpId_paidAt_idx" ON "Order"("autoTopUpId", "paidAt");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_autoTopUpId_fkey" FOREIGN KEY ("autoTopUpId") REFERENCES "AutoTopUp"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutoTopUp" ADD CONSTRAINT "AutoTopUp_esimId_fkey" FOREIGN KEY ("esimId") REFERENCES "Esim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutoTopUp" ADD CONSTRAINT "AutoTopUp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutoTopUp" ADD CONSTRAINT "AutoTopUp_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "Bundle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

