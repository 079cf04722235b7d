// The credit ledger: append-only entries; a balance is the sum of confirmed entries, never stored.
// Anything that reads a balance in order to change it first takes the customer's ledger lock, so
// two checkouts (or a checkout and a staff reversal) can never spend the same credit twice.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export async function creditBalance(userId: string, currency: string, client: Tx = db): Promise<number> {
  const { _sum } = await client.creditEntry.aggregate({ where: { userId, currency, status: "confirmed" }, _sum: { amountMinor: true } });
  return _sum.amountMinor ?? 0;
}

export function creditHistory(userId: string) {
  return db.creditEntry.findMany({ where: { userId, status: { in: ["confirmed", "pending"] } }, orderBy: { createdAt: "desc" }, take: 100 });
}

// Held until the transaction ends (PostgreSQL advisory lock keyed by the customer).
export async function lockLedger(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`credit-ledger:${userId}`}, 0))`;
}

// Spends credit on an order at checkout: a confirmed negative entry, taken under the lock.
export async function spendCredit(tx: Tx, input: { userId: string; currency: string; amountMinor: number; orderId: string }): Promise<void> {
  await tx.creditEntry.create({
    data: { userId: input.userId, currency: input.currency, amountMinor: -input.amountMinor, status: "confirmed", confirmedAt: new Date(), reason: "Used at checkout", orderId: input.orderId },
  });
}

// Gives back the credit an order held when it is never paid (expired or failed payment).
export async function releaseOrderCredit(tx: Tx, orderId: string): Promise<void> {
  const spends = await tx.creditEntry.findMany({ where: { orderId, amountMinor: { lt: 0 }, status: "confirmed", reversal: null } });
  for (const spend of spends) {
    await tx.creditEntry.create({
      data: { userId: spend.userId, currency: spend.currency, amountMinor: -spend.amountMinor, status: "confirmed", confirmedAt: new Date(), reason: "Returned: the order was not paid", orderId, reversesId: spend.id },
    });
  }
}
