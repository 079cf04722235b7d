// After an ambiguous attempt (the transaction may have been processed but its answer was lost),
// look for the eSIM Go order it may have created before buying again. eSIM Go has no idempotency
// key, so the match is: same bundle and quantity (and ICCID for a top-up), created after the
// attempt started, and not already linked to another order line.
import { db } from "@/lib/db";
import type { EsimGoClient } from "@/lib/esimgo";
import type { OrderLine } from "@/lib/generated/prisma/client";

const CLOCK_SKEW_MS = 2 * 60_000;
const PAGE = 100;

export async function findLostOrder(client: EsimGoClient, line: OrderLine): Promise<string | null> {
  if (!line.transactionStartedAt) return null;
  const from = new Date(line.transactionStartedAt.getTime() - CLOCK_SKEW_MS);
  for (let page = 1; page <= 20; page++) {
    const orders = await client.listOrders({ createdFrom: from, includeIccids: true, page, limit: PAGE, orderLineId: line.id });
    const candidates = orders.filter((o) =>
      o.order.some(
        (item) =>
          item.item === line.bundleName && item.quantity === line.quantity && (!line.targetIccid || item.iccids.includes(line.targetIccid)),
      ),
    );
    if (candidates.length > 0) {
      const taken = new Set(
        (
          await db.orderLine.findMany({
            where: { esimgoOrderReference: { in: candidates.map((o) => o.orderReference) } },
            select: { esimgoOrderReference: true },
          })
        ).map((l) => l.esimgoOrderReference),
      );
      const free = candidates
        .filter((o) => !taken.has(o.orderReference))
        .sort((a, b) => (a.createdDate?.getTime() ?? 0) - (b.createdDate?.getTime() ?? 0));
      if (free[0]) return free[0].orderReference;
    }
    if (orders.length < PAGE) return null;
  }
  return null;
}
