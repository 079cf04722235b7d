// checkout.session.completed: paid by card now, or (async methods) only later; or, in setup mode,
// a card saved for automatic top-ups.
import type Stripe from "stripe";
import { adoptSavedCard } from "@/lib/auto-top-up/settings";
import { markOrderPaid } from "@/lib/payments/order-payment";
import { savedCardOf } from "@/lib/payments/saved-cards";
import type { EventHandler } from "@/lib/payments/webhook/types";

export const onCheckoutSessionCompleted: EventHandler = async (tx, event) => {
  const session = event.data.object as Stripe.Checkout.Session;
  if (session.mode === "setup") {
    const card = await savedCardOf(session); // a card saved for automatic top-ups
    if (card) await adoptSavedCard(tx, session.id, card);
    return [];
  }
  if (session.payment_status !== "paid") return Promise.resolve([]); // wait for async_payment_succeeded
  return markOrderPaid(tx, session);
};
