// POST /api/stripe/webhook – payment events from Stripe (signature checked on the raw body)
import { env } from "@/lib/config/env";
import { jsonDepthWithin, readBoundedText, tooLarge } from "@/lib/http/bounded-body";
import { fulfilSoon, queueFulfilment } from "@/lib/fulfilment/start";
import { dispatchStripeEvent } from "@/lib/payments/webhook/dispatch";
import { requestLogger } from "@/lib/log/request-logger";
import { stripe } from "@/lib/payments/stripe";

export async function POST(request: Request) {
  const log = await requestLogger("stripe-webhook");
  const raw = await readBoundedText(request);
  if (raw === null) return tooLarge();
  let event;
  try {
    if (!jsonDepthWithin(raw)) throw new Error("JSON nested too deeply");
    event = stripe().webhooks.constructEvent(raw, request.headers.get("stripe-signature") ?? "", env().stripe.webhookSecret);
  } catch {
    log.warn({ bytes: raw.length }, "rejected: invalid or missing Stripe signature");
    return Response.json({ error: "Invalid or missing Stripe signature" }, { status: 400 });
  }
  const result = await dispatchStripeEvent(event);
  log.info({ eventId: event.id, type: event.type, status: result.status, lines: result.lineIds.length }, `stripe ${event.type}: ${result.status}`);
  if (result.lineIds.length > 0) {
    await queueFulfilment(result.lineIds);
    fulfilSoon(result.lineIds);
  }
  return Response.json({ received: true, status: result.status });
}
