// checkout.session.completed: paid by card now, or (async methods) only later.
import type Stripe from "stripe";
import { markOrderPaid } from "@/lib/payments/order-payment";
import type { EventHandler } from "@/lib/payments/webhook/types";

export const onCheckoutSessionCompleted: EventHandler = (tx, event) => {
  const session = event.data.object as Stripe.Checkout.Session;
  if (session.payment_status !== "paid") return Promise.resolve([]); // wait for async_payment_succeeded
  return markOrderPaid(tx, session);
};
