// checkout.session.async_payment_failed: the delayed payment did not settle; nothing is delivered.
import type Stripe from "stripe";
import { markOrderUnpaid } from "@/lib/payments/order-payment";
import type { EventHandler } from "@/lib/payments/webhook/types";

export const onAsyncPaymentFailed: EventHandler = async (tx, event) => {
  await markOrderUnpaid(tx, event.data.object as Stripe.Checkout.Session, "payment_failed");
  return [];
};
