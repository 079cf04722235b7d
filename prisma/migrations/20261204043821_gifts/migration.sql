-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "giftMessage" TEXT,
ADD COLUMN     "giftRecipientEmail" TEXT,
ADD COLUMN     "giftRecipientName" TEXT;

