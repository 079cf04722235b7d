// The credit ledger: append-only entries; a balance is the sum of confirmed entries, never stored.
import { db } from "@/lib/db";

export async function creditBalance(userId: string, currency: string): Promise<number> {
  const { _sum } = await db.creditEntry.aggregate({ where: { userId, currency, status: "confirmed" }, _sum: { amountMinor: true } });
  return _sum.amountMinor ?? 0;
}

export function creditHistory(userId: string) {
  return db.creditEntry.findMany({ where: { userId, status: { in: ["confirmed", "pending"] } }, orderBy: { createdAt: "desc" }, take: 100 });
}
