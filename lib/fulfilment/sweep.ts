// The safety net behind the queue: lines that are due (paid, retry time reached) or whose worker
// died mid-attempt (lease expired) get a fresh job. Runs every minute in the worker.
import { db } from "@/lib/db";
import { LEASE_MS } from "./lease";

export async function dueLines(limit = 500): Promise<string[]> {
  const now = new Date();
  const rows = await db.orderLine.findMany({
    where: {
      OR: [
        { fulfilmentStatus: { in: ["paid", "esim_pending"] }, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
        { fulfilmentStatus: "provisioning", claimedAt: { lt: new Date(now.getTime() - LEASE_MS) } },
      ],
    },
    select: { id: true },
    orderBy: { updatedAt: "asc" },
    take: limit,
  });
  return rows.map((r) => r.id);
}
