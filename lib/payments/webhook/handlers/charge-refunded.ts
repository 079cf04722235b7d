// charge.refunded: a full refund closes the order as refunded (partial refunds keep it as it is).
import type Stripe from "stripe";
import type { EventHandler } from "../types";

export const onChargeRefunded: EventHandler = async (tx, event) => {
  const charge = event.data.object as Stripe.Charge;
  const intent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (intent && charge.refunded) await tx.order.updateMany({ where: { stripePaymentIntentId: intent }, data: { status: "refunded" } });
  return [];
};
