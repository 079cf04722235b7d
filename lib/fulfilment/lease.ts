// Exactly-once fulfilment rests on this lease: a conditional update that only one worker can win.
// A lease is renewed at every step and expires after LEASE_MS, so a line whose worker died is
// picked up again; a worker that lost its lease stops before spending anything.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OrderLine } from "@/lib/generated/prisma/client";

// Longer than any attempt step can take (eSIM Go timeout 15 s, retries on 429 included);
// FULFILMENT_LEASE_MS shortens it where steps are short by construction (the fault suite).
export const LEASE_MS = Number(process.env.FULFILMENT_LEASE_MS ?? 5 * 60_000);

export type Lease = { line: OrderLine; token: string };

export async function claimLine(lineId: string): Promise<Lease | null> {
  const token = randomUUID();
  const rows = await db.$queryRaw<OrderLine[]>`
    UPDATE "OrderLine"
    SET "fulfilmentStatus" = 'provisioning', "claimedAt" = now(), "claimToken" = ${token}, attempts = attempts + 1, "updatedAt" = now()
    WHERE id = ${lineId} AND (
      ("fulfilmentStatus" IN ('paid', 'esim_pending') AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now()))
      OR ("fulfilmentStatus" = 'provisioning' AND "claimedAt" < now() - make_interval(secs => ${LEASE_MS / 1000})))
    RETURNING *`;
  return rows[0] ? { line: rows[0], token } : null;
}

// Renews the lease and applies `data` only while this attempt still holds it.
export async function withLease(lease: Lease, data: Parameters<typeof db.orderLine.updateMany>[0]["data"] = {}): Promise<boolean> {
  const { count } = await db.orderLine.updateMany({
    where: { id: lease.line.id, claimToken: lease.token, fulfilmentStatus: "provisioning" },
    data: { ...data, claimedAt: new Date() },
  });
  return count === 1;
}
