-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "brandColor" TEXT,
ADD COLUMN     "emailReplyTo" TEXT,
ADD COLUMN     "emailSenderName" TEXT,
ADD COLUMN     "favicon" TEXT,
ADD COLUMN     "legalFooter" TEXT,
ADD COLUMN     "logo" TEXT,
ADD COLUMN     "supportEmail" TEXT,
ADD COLUMN     "tagline" TEXT;

