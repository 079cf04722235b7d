// Removing an unused bundle: the store decides, in plain words, whether it can be undone and
// refunded; eSIM Go confirms (revoke validate) before anything changes. Large amounts wait for
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
  | { eligible: false; reason: string };

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
  if (a.state === "revoked") return { eligible: false, reason: "This plan was already removed." };
  if (["active", "depleted", "expired"].includes(a.state))
    return { eligible: false, reason: "This plan has already started (the eSIM used data with it), so it can't be removed or refunded." };
  if (a.state === "lapsed") return { eligible: false, reason: "This plan expired without being used; it can no longer be refunded." };
  const order = a.orderLine?.order;
  if (!a.orderLine || !order || (!order.stripePaymentIntentId && order.creditAppliedMinor === 0))
    return { eligible: false, reason: "This plan was not paid for in this store, so there is nothing to refund." };
  const pending = await db.moderationRequest.findFirst({ where: { assignmentId: a.id, status: "pending" } });
  if (pending) return { eligible: false, reason: "Your request to remove this plan is waiting for our team's approval." };
  if (!e.REFUNDS_ENABLED) return { eligible: false, reason: "Refunds are not available at the moment. Contact us and we will help." };
  const room = await refundable(order.id);
  const method = refundMethodFor(order);
  const amountMinor = Math.min(a.orderLine.unitPriceMinor, room ? (method === "card" ? room.card : room.credit) : 0);
  if (amountMinor < a.orderLine.unitPriceMinor)
    return { eligible: false, reason: "This order has already been refunded, so this plan cannot be refunded again." };
  const boughtAt = a.orderLine.fulfilledAt ?? a.createdAt;
  if (Date.now() - boughtAt.getTime() > REFUND_WINDOW_DAYS * 86_400_000)
    return {
      eligible: false,
      reason:
        `Plans can be removed within ${REFUND_WINDOW_DAYS} days of purchase; ` +
        `this one was bought on ${boughtAt.toISOString().slice(0, 10)}.`,
    };
  try {
    await revoke(a, "validate");
  } catch (error) {
    if (error instanceof InvalidRequestError)
      return { eligible: false, reason: "Our eSIM provider does not allow removing this plan (it may have started already)." };
    if (error instanceof EsimGoError)
      return { eligible: false, reason: "We can't check this plan with our eSIM provider right now. Please try again in a few minutes." };
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

export type RemovalResult = { status: "refunded" | "credited" | "awaiting_approval" | "refused"; message: string };

export async function removeBundle(userId: string, assignmentId: string): Promise<RemovalResult | null> {
  const loaded = await loadRemoval(userId, assignmentId);
  if (!loaded) return null;
  const { assignment: a, eligibility: verdict } = loaded;
  if (!verdict.eligible) return { status: "refused", message: verdict.reason };
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
    return {
      status: "awaiting_approval",
      message: "Your request is with our team: plans of this value need a quick check. We will email you the answer.",
    };
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
  if (!reserved.ok) return { status: "refused", message: reserved.error };
  try {
    await revoke(a, "transaction");
  } catch (error) {
    await cancelReservation(reserved.reservation); // nothing was revoked: no refund either
    const why = error instanceof InvalidRequestError ? "our eSIM provider does not allow it" : "our eSIM provider did not answer";
    return { status: "refused", message: `The plan could not be removed (${why}). Nothing was changed.` };
  }
  await db.bundleAssignment.update({ where: { id: a.id }, data: { state: "revoked" } });
  const paid = await payReservation(reserved.reservation);
  if (method === "credit") return { status: "credited", message: "The plan was removed and its price added to your store credit." };
  return paid.ok
    ? { status: "refunded", message: "The plan was removed. The refund is on its way to your card (5-10 days)." }
    : {
        status: "refunded",
        message: "The plan was removed. Your refund is being processed by our team; you will get an email when it is done.",
      };
}

// Asks eSIM Go to take the plan off the eSIM, its price back to the store's balance: "validate"
// only checks that it would be allowed.
function revoke(a: { esim: { iccid: string }; bundleName: string; assignmentId: string | null }, type: "validate" | "transaction") {
  return esimgo().revokeBundle(a.esim.iccid, a.bundleName, { type, refundToBalance: true, assignmentId: a.assignmentId ?? undefined });
}
