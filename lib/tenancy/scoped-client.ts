// The one place tenant isolation is enforced: every Prisma query on customer data is narrowed to
// the current tenant (lib/tenancy/context.ts), and every row created carries it. A page, action
// or route handler cannot read, change or delete another tenant's row, whatever ids it was sent.
// Raw SQL bypasses this; each raw query names its tenant or touches no tenant data.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentTenantId } from "./context";

type Args = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown; create?: Record<string, unknown> };

// Models whose rows carry tenantId.
const OWN = new Set([
  "User",
  "VerificationToken",
  "Order",
  "Esim",
  "CreditEntry",
  "EmailOutbox",
  "AuditLog",
  "ModerationRequest",
  "Referral",
  "AutoTopUp",
]);
// Models that belong to a tenant through their parent (relation field → the parent carries tenantId).
const THROUGH: Record<string, string> = {
  OrderLine: "order",
  Refund: "order",
  BundleAssignment: "esim",
  Session: "user",
  Account: "user",
};

const FILTERED = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

function stamped(data: unknown, tenantId: string): unknown {
  if (Array.isArray(data)) return data.map((row) => stamped(row, tenantId));
  const row = data as Record<string, unknown>;
  if (row.tenantId !== undefined && row.tenantId !== tenantId)
    throw new Error(`A row of tenant ${String(row.tenantId)} cannot be written as ${tenantId}`);
  return { ...row, tenantId };
}

export function scopeArgs(model: string, operation: string, args: Args, tenantId: string): Args {
  const scoped: Args = { ...args };
  const filter = OWN.has(model) ? { tenantId } : THROUGH[model] ? { [THROUGH[model]]: { tenantId } } : null;
  if (!filter) return args;
  if (FILTERED.has(operation)) {
    let where = { ...(args.where ?? {}) };
    // Auth.js looks a user up by email alone; an email is unique only within its tenant.
    if (model === "User" && "email" in where && !("id" in where) && operation.startsWith("findUnique")) {
      const { email, ...rest } = where;
      where = { ...rest, tenantId_email: { tenantId, email } };
    }
    // A filter the caller wrote on the same field (an order's owner, say) is kept beside it.
    const field = Object.keys(filter)[0];
    scoped.where = field in where ? { ...where, AND: [...[where.AND ?? []].flat(), filter] } : { ...where, ...filter };
  }
  if (OWN.has(model)) {
    if (operation === "create" || operation === "createMany" || operation === "createManyAndReturn")
      scoped.data = stamped(args.data, tenantId);
    if (operation === "upsert") scoped.create = stamped(args.create, tenantId) as Record<string, unknown>;
  }
  return scoped;
}

export function scopedToTenant(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!OWN.has(model) && !THROUGH[model]) return query(args);
          const tenantId = await currentTenantId();
          return query(tenantId === null ? args : scopeArgs(model, operation, args as Args, tenantId));
        },
      },
    },
  }) as unknown as PrismaClient;
}
