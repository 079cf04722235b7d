// Figures for the staff dashboard: sales, margin and fulfilment health, from the database only.
import { db } from "@/lib/db";

export type Period = { orders: number; revenueMinor: number; marginMinor: number };

async function period(since: Date): Promise<Period> {
  const [row] = await db.$queryRaw<Array<{ orders: bigint; revenue: bigint | null; margin: bigint | null }>>`
    SELECT count(DISTINCT o.id) AS orders, sum(l."unitPriceMinor" * l.quantity) AS revenue,
           sum((l."unitPriceMinor" - l."wholesaleUnitMinor") * l.quantity) AS margin
    FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
    WHERE o."paidAt" >= ${since} AND o.status IN ('paid', 'fulfilled')`;
  return { orders: Number(row.orders), revenueMinor: Number(row.revenue ?? 0), marginMinor: Number(row.margin ?? 0) };
}

export async function dashboardFigures() {
  const now = Date.now();
  const startOfDay = new Date(new Date().toISOString().slice(0, 10));
  const [today, month, pending, failed, p95, errors] = await Promise.all([
    period(startOfDay),
    period(new Date(now - 30 * 86_400_000)),
    db.orderLine.count({ where: { fulfilmentStatus: { in: ["paid", "provisioning", "esim_pending"] } } }),
    db.orderLine.count({ where: { fulfilmentStatus: "esim_failed" } }),
    db.$queryRaw<Array<{ p95: number | null }>>`
      SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM l."fulfilledAt" - o."paidAt")) AS p95
      FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
      WHERE l."fulfilledAt" >= ${new Date(now - 30 * 86_400_000)} AND o."paidAt" IS NOT NULL`,
    db.providerCall.findMany({
      where: { outcome: { not: "ok" } },
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, createdAt: true, method: true, path: true, status: true, outcome: true, error: true },
    }),
  ]);
  return { today, month, pending, failed, p95Seconds: p95[0]?.p95 ?? null, errors };
}
