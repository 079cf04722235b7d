-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "applicationFeeMinor" INTEGER;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "unitCostMinor" INTEGER;

