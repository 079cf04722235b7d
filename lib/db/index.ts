// The Prisma client for this process: one pool per process, reused across hot reloads in dev.
// The pool connects on first query, so importing this module (e.g. during `next build`) needs no database.
// Every query on customer data is scoped to the current tenant (lib/tenancy/scoped-client.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { scopedToTenant } from "@/lib/tenancy/scoped-client";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });
  return scopedToTenant(new PrismaClient({ adapter }));
}

export const db: PrismaClient = (globalForDb.prisma ??= createClient());
