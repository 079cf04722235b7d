// POST /api/stripe/webhook – payment events from Stripe (signature checked on the raw body)
import { env } from "@/lib/env";
import { fulfilSoon, queueFulfilment } from "@/lib/fulfilment/start";
import { dispatchStripeEvent } from "@/lib/payments/webhook/dispatch";
import { stripe } from "@/lib/payments/stripe";

export async function POST(request: Request) {
  const raw = await request.text();
  let event;
  try {
    event = stripe().webhooks.constructEvent(raw, request.headers.get("stripe-signature") ?? "", env().stripe.webhookSecret);
  } catch {
    return Response.json({ error: "Invalid or missing Stripe signature" }, { status: 400 });
  }
  const result = await dispatchStripeEvent(event);
  if (result.lineIds.length > 0) {
    await queueFulfilment(result.lineIds);
    fulfilSoon(result.lineIds);
  }
  return Response.json({ received: true, status: result.status });
}
