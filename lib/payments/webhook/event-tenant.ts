// Whose event this is: every tenant's payments reach the one webhook, so the handler runs in the
// tenant of the order (or the automatic top-up) the event is about, and whatever it writes
// (credit, emails, a customer's saved card) is that tenant's. Unknown: every tenant, as before.
import type Stripe from "stripe";
import { db } from "@/lib/db";

export async function tenantOfEvent(event: Stripe.Event): Promise<string | null> {
  const object = event.data.object as { object: string; id: string; payment_intent?: string | { id: string } | null };
  if (object.object === "checkout.session") {
    const order = await db.order.findUnique({ where: { stripeCheckoutSessionId: object.id }, select: { tenantId: true } });
    if (order) return order.tenantId;
    const rule = await db.autoTopUp.findUnique({ where: { setupSessionId: object.id }, select: { tenantId: true } });
    return rule?.tenantId ?? null;
  }
  const intent = typeof object.payment_intent === "string" ? object.payment_intent : object.payment_intent?.id;
  if (!intent) return null;
  const order = await db.order.findFirst({ where: { stripePaymentIntentId: intent }, select: { tenantId: true } });
  return order?.tenantId ?? null;
}
