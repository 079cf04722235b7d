// checkout.session.expired: the buyer never paid; the order is closed.
import type Stripe from "stripe";
import { markOrderUnpaid } from "@/lib/payments/order-payment";
import type { EventHandler } from "@/lib/payments/webhook/types";

export const onCheckoutSessionExpired: EventHandler = async (tx, event) => {
  await markOrderUnpaid(tx, event.data.object as Stripe.Checkout.Session, "expired");
  return [];
};
