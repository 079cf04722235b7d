// Removing an unused bundle: the store decides whether it can be undone and refunded (each answer
// a key of the Removal messages, so the customer reads it in their language); eSIM Go confirms (revoke validate) before anything changes. Large amounts wait for
// staff. The money goes back through lib/money/refunds (card or store credit, per REFUND_METHOD),
// which also knows what staff or Stripe already refunded on the order.
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { EsimGoError, InvalidRequestError, esimgo } from "@/lib/esimgo";
import { refundable } from "@/lib/money/refund-bound";
import { cancelReservation, payReservation, reserveRefund } from "@/lib/money/refunds";

const REFUND_WINDOW_DAYS = 60;

export type Eligibility =
  | { eligible: true; amountMinor: number; currency: string; needsApproval: boolean; method: "card" | "credit" }
  | { eligible: false; reason: string; params?: Record<string, string | number> };

// userId null: staff acting on a customer's request.
export function findOwnedAssignment(userId: string | null, assignmentId: string) {
  return db.bundleAssignment.findFirst({
    where: { id: assignmentId, ...(userId ? { esim: { ownerId: userId } } : {}) },
    include: { esim: true, orderLine: { include: { order: true } } },
  });
}
type OwnedAssignment = NonNullable<Awaited<ReturnType<typeof findOwnedAssignment>>>;

export async function loadRemoval(userId: string, assignmentId: string) {
  const assignment = await findOwnedAssignment(userId, assignmentId);
  return assignment ? { assignment, eligibility: await eligibility(assignment) } : null;
}

async function eligibility(a: OwnedAssignment): Promise<Eligibility> {
  const e = env();
  if (a.state === "revoked") return { eligible: false, reason: "alreadyRemoved" };
  if (["active", "depleted", "expired"].includes(a.state)) return { eligible: false, reason: "alreadyStarted" };
  if (a.state === "lapsed") return { eligible: false, reason: "lapsed" };
  const order = a.orderLine?.order;
  if (!a.orderLine || !order || (!order.stripePaymentIntentId && order.creditAppliedMinor === 0))
    return { eligible: false, reason: "notPaidHere" };
  const pending = await db.moderationRequest.findFirst({ where: { assignmentId: a.id, status: "pending" } });
  if (pending) return { eligible: false, reason: "awaitingApproval" };
  if (!e.REFUNDS_ENABLED) return { eligible: false, reason: "refundsOff" };
  const room = await refundable(order.id);
  const method = refundMethodFor(order);
  const amountMinor = Math.min(a.orderLine.unitPriceMinor, room ? (method === "card" ? room.card : room.credit) : 0);
  if (amountMinor < a.orderLine.unitPriceMinor) return { eligible: false, reason: "orderRefunded" };
  const boughtAt = a.orderLine.fulfilledAt ?? a.createdAt;
  if (Date.now() - boughtAt.getTime() > REFUND_WINDOW_DAYS * 86_400_000)
    return {
      eligible: false,
      reason: "windowPassed",
      params: { days: REFUND_WINDOW_DAYS, date: boughtAt.toISOString().slice(0, 10) },
    };
  try {
    await revoke(a, "validate");
  } catch (error) {
    if (error instanceof InvalidRequestError) return { eligible: false, reason: "providerRefuses" };
    if (error instanceof EsimGoError) return { eligible: false, reason: "providerDown" };
    throw error;
  }
  return {
    eligible: true,
    amountMinor,
    currency: a.orderLine.currency,
    needsApproval: amountMinor > e.REFUND_APPROVAL_ABOVE_MINOR,
    method,
  };
}

// Orders paid (even partly) with store credit are refunded as credit: the card may not cover it.
export function refundMethodFor(order: { creditAppliedMinor: number }): "card" | "credit" {
  return order.creditAppliedMinor > 0 ? "credit" : env().REFUND_METHOD;
}

export type RemovalResult = {
  status: "refunded" | "credited" | "awaiting_approval" | "refused";
  message: string; // a key of the Removal messages
  params?: Record<string, string | number>;
};

export async function removeBundle(userId: string, assignmentId: string): Promise<RemovalResult | null> {
  const loaded = await loadRemoval(userId, assignmentId);
  if (!loaded) return null;
  const { assignment: a, eligibility: verdict } = loaded;
  if (!verdict.eligible) return { status: "refused", message: verdict.reason, params: verdict.params };
  if (verdict.needsApproval) {
    await db.moderationRequest.create({
      data: {
        kind: "bundle_removal",
        userId,
        assignmentId: a.id,
        amountMinor: verdict.amountMinor,
        currency: verdict.currency,
        details: { iccid: a.esim.iccid, bundle: a.bundleName },
      },
    });
    return { status: "awaiting_approval", message: "requested" };
  }
  return executeRemoval(a, verdict.amountMinor, verdict.method, null);
}

// Reserve the refund first (under the order's lock: refused if staff or Stripe already gave the
// money back), then revoke at eSIM Go, then pay. The unique refund row per assignment makes a
// double click (or a second instance) unable to refund twice. Also used when staff approve.
export async function executeRemoval(
  a: OwnedAssignment,
  amountMinor: number,
  method: "card" | "credit",
  staffId: string | null,
): Promise<RemovalResult> {
  const order = a.orderLine!.order;
  const reserved = await reserveRefund({
    orderId: order.id,
    orderLineId: a.orderLineId,
    assignmentId: a.id,
    amountMinor,
    method,
    reason: `Removed unused plan ${a.bundleName}`,
    staffId,
  });
  if (!reserved.ok) return { status: "refused", message: "refundRefused" };
  try {
    await revoke(a, "transaction");
  } catch (error) {
    await cancelReservation(reserved.reservation); // nothing was revoked: no refund either
    return { status: "refused", message: error instanceof InvalidRequestError ? "notRemovedRefused" : "notRemovedDown" };
  }
  await db.bundleAssignment.update({ where: { id: a.id }, data: { state: "revoked" } });
  const paid = await payReservation(reserved.reservation);
  if (method === "credit") return { status: "credited", message: "credited" };
  return { status: "refunded", message: paid.ok ? "refunded" : "refundPending" };
}

// Asks eSIM Go to take the plan off the eSIM, its price back to the store's balance: "validate"
// only checks that it would be allowed.
function revoke(a: { esim: { iccid: string }; bundleName: string; assignmentId: string | null }, type: "validate" | "transaction") {
  return esimgo().revokeBundle(a.esim.iccid, a.bundleName, { type, refundToBalance: true, assignmentId: a.assignmentId ?? undefined });
}
