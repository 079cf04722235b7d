// charge.refunded: Stripe's running total of what it refunded goes to the money module, which
// records any refund the store did not ask for itself and stops an order refunded in full.
import type Stripe from "stripe";
import { recordStripeRefunds } from "@/lib/money/refunds";
import type { EventHandler } from "@/lib/payments/webhook/types";

export const onChargeRefunded: EventHandler = async (tx, event) => {
  const charge = event.data.object as Stripe.Charge;
  const intent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (intent && charge.amount_refunded > 0) await recordStripeRefunds(tx, intent, charge.amount_refunded);
  return [];
};
