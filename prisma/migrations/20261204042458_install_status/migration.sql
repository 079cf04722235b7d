-- AlterTable
ALTER TABLE "Esim" ADD COLUMN     "deviceMake" TEXT,
ADD COLUMN     "deviceModel" TEXT,
ADD COLUMN     "installCheckedAt" TIMESTAMP(3),
ADD COLUMN     "installChecks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "installReminderAt" TIMESTAMP(3),
ADD COLUMN     "profileStatusAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Esim_firstInstalledAt_createdAt_idx" ON "Esim"("firstInstalledAt", "createdAt");

