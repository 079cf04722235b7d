// Checkout sessions as reconciliation reads them: what Stripe says was paid, in the store's terms.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { markOrderPaid } from "./order-payment";
import { stripe } from "./stripe";

export type PaidSession = {
  sessionId: string;
  paid: boolean;
  paymentIntentId: string | null;
  amountMinor: number;
  currency: string;
  email: string | null;
  createdAt: Date;
  orderRef: string | null; // the order id the store put on the session
};

const summary = (s: Stripe.Checkout.Session): PaidSession => ({
  sessionId: s.id,
  paid: s.payment_status === "paid",
  paymentIntentId: typeof s.payment_intent === "string" ? s.payment_intent : (s.payment_intent?.id ?? null),
  amountMinor: s.amount_total ?? 0,
  currency: (s.currency ?? "").toUpperCase(),
  email: s.customer_details?.email ?? s.customer_email,
  createdAt: new Date(s.created * 1000),
  orderRef: s.metadata?.orderId ?? s.client_reference_id ?? null,
});

export async function paidSessionsSince(since: Date, max = 1000): Promise<PaidSession[]> {
  const paid: PaidSession[] = [];
  for await (const session of stripe().checkout.sessions.list({ created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 })) {
    if (session.payment_status === "paid") paid.push(summary(session));
    if (paid.length >= max) break;
  }
  return paid;
}

export async function checkoutSession(sessionId: string): Promise<PaidSession> {
  return summary(await stripe().checkout.sessions.retrieve(sessionId));
}

// A paid session whose webhook never arrived: record it exactly as the webhook would. Returns the
// lines that became payable (none: already recorded, or the session does not match its order).
export async function recordSessionPayment(sessionId: string): Promise<{ paid: boolean; orderRef: string | null; lineIds: string[] }> {
  const session = await stripe().checkout.sessions.retrieve(sessionId);
  const orderRef = summary(session).orderRef;
  if (session.payment_status !== "paid") return { paid: false, orderRef, lineIds: [] };
  return { paid: true, orderRef, lineIds: await db.$transaction((tx) => markOrderPaid(tx, session)) };
}
