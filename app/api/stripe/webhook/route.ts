// POST /api/stripe/webhook – payment events from Stripe (signature checked on the raw body)
import { jsonDepthWithin, readBoundedText, tooLarge } from "@/lib/http/bounded-body";
import { requestLogger } from "@/lib/log/request-logger";
import { dispatchStripeEvent } from "@/lib/payments/webhook/dispatch";
import { verifiedStripeEvent } from "@/lib/payments/webhook/verify";
import { asSystem } from "@/lib/tenancy/context";

export async function POST(request: Request) {
  const log = await requestLogger("stripe-webhook");
  const raw = await readBoundedText(request);
  if (raw === null) return tooLarge();
  const event = jsonDepthWithin(raw) ? verifiedStripeEvent(raw, request.headers.get("stripe-signature")) : null;
  if (!event) {
    log.warn({ bytes: raw.length }, "rejected: invalid or missing Stripe signature");
    return Response.json({ error: "Invalid or missing Stripe signature" }, { status: 400 });
  }
  // Authenticated by Stripe's signature, for every tenant's orders (they all pay on this host).
  const result = await asSystem(() => dispatchStripeEvent(event));
  log.info({ eventId: event.id, type: event.type, status: result.status, lines: result.lines }, `stripe ${event.type}: ${result.status}`);
  return Response.json({ received: true, status: result.status });
}
