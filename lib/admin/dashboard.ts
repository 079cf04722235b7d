// Figures for the staff dashboard: sales, margin and fulfilment health, from the database only.
// Orders are in many currencies: totals are converted to the store's base currency (the wholesale
// one) at the stored exchange rates.
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { AUTO_REFUND_REASON } from "@/lib/fulfilment/undelivered-refunds";
import { convertMinor, storedRates } from "@/lib/money/exchange-rates";
import { currentTenantId } from "@/lib/tenancy/context";

export type Period = { orders: number; revenueMinor: number; marginMinor: number };

// Paid sales since a moment, of one tenant (null: every tenant). Raw SQL is not scoped by the data
// layer: each query names the tenant.
export async function salesSince(since: Date, tenantId: string | null): Promise<Period> {
  const base = env().STORE_CURRENCY;
  const [rows, rates] = await Promise.all([
    db.$queryRaw<Array<{ orders: bigint; currency: string; revenue: bigint | null; wholesale: bigint | null }>>`
      SELECT count(DISTINCT o.id) AS orders, l.currency, sum(l."unitPriceMinor" * l.quantity) AS revenue,
             sum(l."wholesaleUnitMinor" * l.quantity) AS wholesale
      FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
      WHERE o."paidAt" >= ${since} AND o.status IN ('paid', 'fulfilled') AND (${tenantId}::text IS NULL OR o."tenantId" = ${tenantId}::text)
      GROUP BY l.currency`,
    storedRates(),
  ]);
  return rows.reduce(
    (sum, r) => {
      const revenue = Math.round(convertMinor(Number(r.revenue ?? 0), r.currency, base, rates) ?? 0);
      return {
        orders: sum.orders + Number(r.orders),
        revenueMinor: sum.revenueMinor + revenue,
        marginMinor: sum.marginMinor + revenue - Number(r.wholesale ?? 0),
      };
    },
    { orders: 0, revenueMinor: 0, marginMinor: 0 },
  );
}

export async function dashboardFigures() {
  const now = Date.now();
  const tenantId = await currentTenantId();
  const startOfDay = new Date(new Date().toISOString().slice(0, 10));
  const [today, month, pending, failed, autoRefunded, p95, errors] = await Promise.all([
    salesSince(startOfDay, tenantId),
    salesSince(new Date(now - 30 * 86_400_000), tenantId),
    db.orderLine.count({ where: { fulfilmentStatus: { in: ["paid", "provisioning", "esim_pending"] } } }),
    db.orderLine.count({ where: { fulfilmentStatus: "esim_failed" } }),
    db.refund
      .groupBy({ by: ["orderLineId"], where: { reason: AUTO_REFUND_REASON, createdAt: { gte: new Date(now - 30 * 86_400_000) } } })
      .then((lines) => lines.length),
    db.$queryRaw<Array<{ p95: number | null }>>`
      SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM l."fulfilledAt" - o."paidAt")) AS p95
      FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
      WHERE l."fulfilledAt" >= ${new Date(now - 30 * 86_400_000)} AND o."paidAt" IS NOT NULL
        AND (${tenantId}::text IS NULL OR o."tenantId" = ${tenantId}::text)`,
    db.providerCall.findMany({
      where: { outcome: { not: "ok" } },
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, createdAt: true, method: true, path: true, status: true, outcome: true, error: true },
    }),
  ]);
  return { today, month, pending, failed, autoRefunded, p95Seconds: p95[0]?.p95 ?? null, errors };
}
