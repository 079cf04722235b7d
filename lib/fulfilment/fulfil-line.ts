// Fulfils one paid order line, exactly once: claim the line (lease), buy the bundle at eSIM Go
// (or adopt the order a lost answer already created), fetch the install data, store the eSIMs and
// assignments, mark the line fulfilled. Any failure leaves a visible, retryable state.
import { db } from "@/lib/db";
import { AmbiguousError, EsimGoError, InvalidRequestError, esimgo, type EsimGoClient } from "@/lib/esimgo";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { findLostOrder } from "./find-lost-order";
import { claimLine, withLease, type Lease } from "./lease";
import { recordFulfilment } from "./record";
import { isOutage, nextRetryDelayMs, shouldGiveUp } from "./retry-policy";
import { logger } from "@/lib/log/logger";
import { asTenant } from "@/lib/tenancy/context";

export type FulfilOutcome = "fulfilled" | "not_claimed" | "lease_lost" | "retry_scheduled" | "failed";

// A failure that retrying cannot fix (the customer or staff must act).
class PermanentFailure extends Error {}

// Runs in the line's tenant: the eSIMs, the owner found by email and the emails are that tenant's.
export async function fulfilLine(lineId: string, client: EsimGoClient = esimgo()): Promise<FulfilOutcome> {
  const line = await db.orderLine.findUnique({ where: { id: lineId }, select: { order: { select: { tenantId: true } } } });
  if (!line) return "not_claimed";
  return asTenant(line.order.tenantId, () => fulfilClaimed(lineId, client, line.order.tenantId));
}

async function fulfilClaimed(lineId: string, client: EsimGoClient, tenantId: string): Promise<FulfilOutcome> {
  const lease = await claimLine(lineId);
  if (!lease) return "not_claimed";
  try {
    const reference = lease.line.esimgoOrderReference ?? (await buy(client, lease, tenantId));
    if (!reference) return "lease_lost";
    const recorded = await recordFulfilment(client, lease, reference);
    return recorded ? "fulfilled" : "lease_lost";
  } catch (error) {
    return handleFailure(lease, error);
  }
}

// Returns the eSIM Go order reference for this line, buying only when no earlier attempt did.
async function buy(client: EsimGoClient, lease: Lease, tenantId: string): Promise<string | null> {
  const line = lease.line;
  if (line.transactionStartedAt) {
    const found = await findLostOrder(client, line);
    if (found) return (await saveReference(lease, found)) ? found : null;
  }
  if (line.kind === "topup") {
    if (!line.targetIccid) throw new PermanentFailure("Top-up without a target ICCID");
    if (!(await client.isCompatible(line.targetIccid, line.bundleName))) {
      throw new PermanentFailure(
        `${line.bundleName} is not compatible with eSIM ${line.targetIccid}; no new eSIM was bought. Refund or choose another plan.`,
      );
    }
  }
  // A reseller's eSIMs carry its branding profile.
  const { profileId } = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { profileId: true } });
  // From here an answer can be lost: mark the attempt so the next one looks before it buys.
  if (!(await withLease(lease, { transactionStartedAt: new Date() }))) return null;
  const order = await client.placeOrder(
    [{ bundle: line.bundleName, quantity: line.quantity, iccids: line.targetIccid ? [line.targetIccid] : undefined }],
    { orderLineId: line.id, profileId: profileId ?? undefined },
  );
  return (await saveReference(lease, order.orderReference)) ? order.orderReference : null;
}

async function saveReference(lease: Lease, reference: string): Promise<boolean> {
  const { count } = await db.orderLine.updateMany({
    where: { id: lease.line.id, esimgoOrderReference: null },
    data: { esimgoOrderReference: reference, claimedAt: new Date() },
  });
  if (count === 0)
    logger.error(
      { scope: "fulfilment", lineId: lease.line.id, esimgoOrder: reference },
      "eSIM Go order could not be linked (another attempt linked one first); reconcile it",
    );
  return count === 1;
}

async function handleFailure(lease: Lease, error: unknown): Promise<FulfilOutcome> {
  const attempt = lease.line.attempts;
  const reason = describe(error);
  const permanent =
    error instanceof PermanentFailure || (error instanceof InvalidRequestError && /not found|not compatible/i.test(error.providerMessage));
  const outage = isOutage(error);
  if (permanent || shouldGiveUp(attempt, outage, lease.line.createdAt)) {
    await withLease(lease, { fulfilmentStatus: "esim_failed", lastError: reason, nextAttemptAt: null, claimToken: null });
    logger.error({ scope: "fulfilment", lineId: lease.line.id, attempt, reason }, "fulfilment failed");
    return "failed";
  }
  const nextAttemptAt = new Date(Date.now() + nextRetryDelayMs(attempt, outage));
  await withLease(lease, { fulfilmentStatus: "esim_pending", lastError: reason, nextAttemptAt, claimToken: null });
  // If this cannot be queued, the sweep is the safety net.
  await enqueue(QUEUES.fulfilLine.name, { lineId: lease.line.id }, { startAfter: nextAttemptAt }).catch(() => {});
  return "retry_scheduled";
}

function describe(error: unknown): string {
  if (error instanceof AmbiguousError) return `${error.message}; the next attempt checks eSIM Go's orders before buying`;
  if (error instanceof EsimGoError || error instanceof PermanentFailure) return error.message;
  return `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
}
