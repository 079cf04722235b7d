-- CreateEnum
CREATE TYPE "PricingTier" AS ENUM ('retail', 'cost');

-- DropIndex
DROP INDEX "BundlePrice_currency_retailMinor_idx";

-- DropIndex
DROP INDEX "PricingRule_scope_match_key";

-- AlterTable
ALTER TABLE "BundlePrice" DROP CONSTRAINT "BundlePrice_pkey",
ADD COLUMN     "costMinor" INTEGER,
ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator',
ADD CONSTRAINT "BundlePrice_pkey" PRIMARY KEY ("tenantId", "bundleId", "currency");

-- AlterTable
ALTER TABLE "PricingRule" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator',
ADD COLUMN     "tier" "PricingTier" NOT NULL DEFAULT 'retail';

-- CreateIndex
CREATE INDEX "BundlePrice_tenantId_currency_retailMinor_idx" ON "BundlePrice"("tenantId", "currency", "retailMinor");

-- CreateIndex
CREATE UNIQUE INDEX "PricingRule_tenantId_tier_scope_match_key" ON "PricingRule"("tenantId", "tier", "scope", "match");

-- AddForeignKey
ALTER TABLE "BundlePrice" ADD CONSTRAINT "BundlePrice_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PricingRule" ADD CONSTRAINT "PricingRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A reseller never sells below what it pays the operator.
ALTER TABLE "BundlePrice" ADD CONSTRAINT "BundlePrice_retail_covers_cost" CHECK ("costMinor" IS NULL OR "retailMinor" >= "costMinor");
