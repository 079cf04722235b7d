// Stripe's signature over the raw body, checked with the configured webhook secrets: the
// account's endpoint, and (resellers' connected accounts) the Connect endpoint's, on the same URL.
import type Stripe from "stripe";
import { env } from "@/lib/config/env";
import { stripe } from "../stripe";

// The event, or null when the signature (or the body) does not hold up.
export function verifiedStripeEvent(raw: string, signature: string | null): Stripe.Event | null {
  const { webhookSecret, connectWebhookSecret } = env().stripe;
  for (const secret of [webhookSecret, connectWebhookSecret]) {
    if (!secret) continue;
    try {
      return stripe().webhooks.constructEvent(raw, signature ?? "", secret);
    } catch {
      // not signed with this one
    }
  }
  return null;
}
