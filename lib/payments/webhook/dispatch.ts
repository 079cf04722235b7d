// The Stripe webhook's dispatcher: an allow-list of events, one handler file each. The event id is
// recorded in the same transaction as its effects, so a duplicate changes nothing and a crash
// mid-way leaves the event unrecorded for Stripe to deliver again. Lines the event made payable
// start fulfilment once the transaction has committed.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { startFulfilment } from "@/lib/fulfilment/start";
import { onAccountUpdated } from "./handlers/account-updated";
import { onChargeRefunded } from "./handlers/charge-refunded";
import { onAsyncPaymentFailed } from "./handlers/checkout-session-async-payment-failed";
import { onAsyncPaymentSucceeded } from "./handlers/checkout-session-async-payment-succeeded";
import { onCheckoutSessionCompleted } from "./handlers/checkout-session-completed";
import { onCheckoutSessionExpired } from "./handlers/checkout-session-expired";
import { asTenant } from "@/lib/tenancy/context";
import { tenantOfEvent } from "./event-tenant";
import type { EventHandler } from "./types";

const HANDLERS: Record<string, EventHandler> = {
  "checkout.session.completed": onCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": onAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": onAsyncPaymentFailed,
  "checkout.session.expired": onCheckoutSessionExpired,
  "charge.refunded": onChargeRefunded,
  "account.updated": onAccountUpdated,
};

export type DispatchResult = { status: "processed" | "duplicate" | "ignored"; lines: number };

export async function dispatchStripeEvent(event: Stripe.Event): Promise<DispatchResult> {
  const handler = HANDLERS[event.type];
  if (!handler) return { status: "ignored", lines: 0 };
  const tenantId = await tenantOfEvent(event);
  return tenantId ? asTenant(tenantId, () => dispatchTo(handler, event)) : dispatchTo(handler, event);
}

async function dispatchTo(handler: EventHandler, event: Stripe.Event): Promise<DispatchResult> {
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.processedEvent.createMany({
      data: [{ provider: "stripe", eventId: event.id, type: event.type }],
      skipDuplicates: true,
    });
    if (count === 0) return { status: "duplicate" as const, lineIds: [] };
    return { status: "processed" as const, lineIds: await handler(tx, event) };
  });
  await startFulfilment(result.lineIds);
  return { status: result.status, lines: result.lineIds.length };
}
