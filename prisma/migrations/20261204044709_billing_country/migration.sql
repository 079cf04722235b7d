-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "billingCountry" TEXT;

