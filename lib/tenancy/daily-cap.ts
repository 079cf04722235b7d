// A reseller's daily spending cap: what its sales may cost the operator at eSIM Go in one UTC day
// (wholesale, in the wholesale currency). Orders waiting for payment count until they expire, so
// a burst of checkouts cannot overshoot while customers are on Stripe's page. Checked under a lock
// per tenant, in the transaction that creates the order.
import type { Prisma } from "@/lib/generated/prisma/client";

export async function withinDailyCostCap(
  tx: Prisma.TransactionClient,
  tenantId: string,
  costMinor: number,
  now = new Date(),
): Promise<boolean> {
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { dailyCostCapMinor: true } });
  const cap = tenant?.dailyCostCapMinor;
  if (cap === null || cap === undefined) return true;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`tenant-cost:${tenantId}`}, 0))`;
  const since = new Date(now.toISOString().slice(0, 10));
  // Raw SQL is not scoped by the data layer: it names the tenant.
  const [spent] = await tx.$queryRaw<Array<{ cost: bigint | null }>>`
    SELECT sum(l."wholesaleUnitMinor" * l.quantity) AS cost
    FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
    WHERE o."tenantId" = ${tenantId} AND o."createdAt" >= ${since} AND o.status IN ('pending_payment', 'paid', 'fulfilled')`;
  return Number(spent?.cost ?? 0) + costMinor <= cap;
}
