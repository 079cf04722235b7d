-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "staffEmails" TEXT[] DEFAULT ARRAY[]::TEXT[];

