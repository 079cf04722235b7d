-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "claimToken" TEXT;

