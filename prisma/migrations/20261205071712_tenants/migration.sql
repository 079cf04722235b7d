-- CreateEnum
CREATE TYPE "TenantStatus" AS ENUM ('active', 'suspended');

-- DropIndex
DROP INDEX "User_email_key";

-- DropIndex
DROP INDEX "Referral_referredEmail_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "VerificationToken" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "Esim" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "CreditEntry" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "ModerationRequest" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- AlterTable
ALTER TABLE "AutoTopUp" ADD COLUMN     "tenantId" TEXT NOT NULL DEFAULT 'operator';

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "TenantStatus" NOT NULL DEFAULT 'active',
    "hosts" TEXT[],
    "profileId" TEXT,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "defaultCurrency" TEXT NOT NULL DEFAULT 'EUR',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_tenantId_email_key" ON "User"("tenantId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_tenantId_referredEmail_key" ON "Referral"("tenantId", "referredEmail");


-- The operator: this store, on APP_URL. Every row that existed belongs to it.
INSERT INTO "Tenant" ("id", "slug", "name", "hosts", "updatedAt") VALUES ('operator', 'operator', 'Operator', '{}', CURRENT_TIMESTAMP);

-- A row's tenant exists (written here, not in schema.prisma: a Prisma relation would forbid the
-- plain tenantId the data layer writes beside nested relation inputs).
ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "VerificationToken" ADD CONSTRAINT "VerificationToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "Order" ADD CONSTRAINT "Order_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "Esim" ADD CONSTRAINT "Esim_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "ModerationRequest" ADD CONSTRAINT "ModerationRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
ALTER TABLE "AutoTopUp" ADD CONSTRAINT "AutoTopUp_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id");
