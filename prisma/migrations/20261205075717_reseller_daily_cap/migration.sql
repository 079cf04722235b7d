-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "dailyCostCapMinor" INTEGER;

