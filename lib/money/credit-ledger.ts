// The credit ledger: append-only entries; a balance is the sum of confirmed entries, never stored.
// This file (with refunds.ts beside it) is the only code that writes ledger entries. Anything that
// reads a balance in order to change it first takes the customer's ledger lock, so two checkouts
// (or a checkout and a staff reversal) can never spend the same credit twice.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export async function creditBalance(userId: string, currency: string, client: Tx = db): Promise<number> {
  const { _sum } = await client.creditEntry.aggregate({ where: { userId, currency, status: "confirmed" }, _sum: { amountMinor: true } });
  return _sum.amountMinor ?? 0;
}

// Every currency the customer holds credit in (credit is kept per currency), largest first.
export async function creditBalances(userId: string): Promise<Array<{ currency: string; balanceMinor: number }>> {
  const rows = await db.creditEntry.groupBy({ by: ["currency"], where: { userId, status: "confirmed" }, _sum: { amountMinor: true } });
  return rows
    .map((r) => ({ currency: r.currency, balanceMinor: r._sum.amountMinor ?? 0 }))
    .filter((r) => r.balanceMinor > 0)
    .sort((a, b) => b.balanceMinor - a.balanceMinor);
}

export function creditHistory(userId: string) {
  return db.creditEntry.findMany({
    where: { userId, status: { in: ["confirmed", "pending"] } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}

// Held until the transaction ends (PostgreSQL advisory lock keyed by the customer).
export async function lockLedger(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`credit-ledger:${userId}`}, 0))`;
}

// Spends credit on an order at checkout: a confirmed negative entry, taken under the lock.
export async function spendCredit(
  tx: Tx,
  input: { userId: string; currency: string; amountMinor: number; orderId: string },
): Promise<void> {
  await tx.creditEntry.create({
    data: {
      userId: input.userId,
      currency: input.currency,
      amountMinor: -input.amountMinor,
      status: "confirmed",
      confirmedAt: new Date(),
      reason: "Used at checkout",
      orderId: input.orderId,
    },
  });
}

// A checkout that never reached Stripe leaves nothing behind: its spend goes with the order.
export async function discardUnpaidOrder(orderId: string): Promise<void> {
  await db.$transaction([
    db.creditEntry.deleteMany({ where: { orderId, amountMinor: { lt: 0 } } }),
    db.order.delete({ where: { id: orderId } }),
  ]);
}

// Gives back the credit an order held when it is never paid (expired or failed payment).
export async function releaseOrderCredit(tx: Tx, orderId: string): Promise<void> {
  const spends = await tx.creditEntry.findMany({ where: { orderId, amountMinor: { lt: 0 }, status: "confirmed", reversal: null } });
  for (const spend of spends) {
    await tx.creditEntry.create({
      data: {
        userId: spend.userId,
        currency: spend.currency,
        amountMinor: -spend.amountMinor,
        status: "confirmed",
        confirmedAt: new Date(),
        reason: "Returned: the order was not paid",
        orderId,
        reversesId: spend.id,
      },
    });
  }
}

// A refund paid as credit (refunds.ts decides the amount under the order's lock).
export async function creditRefund(
  tx: Tx,
  input: {
    userId: string;
    currency: string;
    amountMinor: number;
    reason: string;
    orderId: string;
    assignmentId?: string | null;
    staffId: string | null;
  },
) {
  const { staffId, assignmentId, ...data } = input;
  await tx.creditEntry.create({
    data: {
      ...data,
      assignmentId: assignmentId ?? null,
      status: "confirmed",
      confirmedAt: new Date(),
      createdById: staffId,
      confirmedById: staffId,
    },
  });
}

// A referrer's reward for a new customer's delivered order (lib/referrals decides it, once).
export function creditReferral(tx: Tx, input: { userId: string; currency: string; amountMinor: number; reason: string }) {
  return tx.creditEntry.create({ data: { ...input, status: "confirmed", confirmedAt: new Date() } });
}

// Staff goodwill credit: recorded pending; it counts only once a second staff member confirms it.
export function recordPendingCredit(input: {
  userId: string;
  currency: string;
  amountMinor: number;
  reason: string;
  orderId: string | null;
  staffId: string;
}) {
  const { staffId, ...data } = input;
  return db.creditEntry.create({ data: { ...data, status: "pending", createdById: staffId } });
}

export type LedgerOutcome = { ok: true } | { ok: false; error: string };

export async function confirmPendingCredit(staffId: string, entryId: string): Promise<LedgerOutcome> {
  const entry = await db.creditEntry.findUnique({ where: { id: entryId }, select: { status: true, createdById: true } });
  if (!entry || entry.status !== "pending") return { ok: false, error: "This credit is no longer waiting for confirmation." };
  if (entry.createdById === staffId)
    return { ok: false, error: "A credit must be confirmed by a different staff member than the one who recorded it." };
  const { count } = await db.creditEntry.updateMany({
    where: { id: entryId, status: "pending", NOT: { createdById: staffId } },
    data: { status: "confirmed", confirmedById: staffId, confirmedAt: new Date() },
  });
  return count === 1 ? { ok: true } : { ok: false, error: "This credit is no longer waiting for confirmation." };
}

export async function voidPendingCredit(entryId: string): Promise<LedgerOutcome> {
  const { count } = await db.creditEntry.updateMany({ where: { id: entryId, status: "pending" }, data: { status: "voided" } });
  return count === 1 ? { ok: true } : { ok: false, error: "Only a credit waiting for confirmation can be voided." };
}

// A reversal is a new negative entry; it cannot take more than the customer still holds.
export async function reverseConfirmedCredit(
  tx: Tx,
  staffId: string,
  entryId: string,
  reason: string,
): Promise<{ ok: true; reversalId: string } | { ok: false; error: string }> {
  const entry = await tx.creditEntry.findUnique({ where: { id: entryId }, include: { reversal: { select: { id: true } } } });
  if (!entry || entry.status !== "confirmed" || entry.amountMinor <= 0)
    return { ok: false, error: "Only a confirmed credit can be reversed." };
  if (entry.reversal) return { ok: false, error: "This credit was already reversed." };
  await lockLedger(tx, entry.userId);
  const balance = await creditBalance(entry.userId, entry.currency, tx);
  if (balance < entry.amountMinor)
    return { ok: false, error: "The customer has already spent part of this credit, so it cannot be reversed in full." };
  const reversal = await tx.creditEntry.create({
    data: {
      userId: entry.userId,
      currency: entry.currency,
      amountMinor: -entry.amountMinor,
      status: "confirmed",
      confirmedAt: new Date(),
      confirmedById: staffId,
      createdById: staffId,
      reason: `Reversed: ${reason}`,
      orderId: entry.orderId,
      reversesId: entry.id,
    },
  });
  return { ok: true, reversalId: reversal.id };
}
