// checkout.session.async_payment_succeeded: a delayed payment method has settled.
import type Stripe from "stripe";
import { markOrderPaid } from "@/lib/payments/order-payment";
import type { EventHandler } from "@/lib/payments/webhook/types";

export const onAsyncPaymentSucceeded: EventHandler = (tx, event) => markOrderPaid(tx, event.data.object as Stripe.Checkout.Session);
