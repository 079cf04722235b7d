// Stripe's signature over the raw body, checked with the configured webhook secret.
import type Stripe from "stripe";
import { env } from "@/lib/config/env";
import { stripe } from "../stripe";

// The event, or null when the signature (or the body) does not hold up.
export function verifiedStripeEvent(raw: string, signature: string | null): Stripe.Event | null {
  try {
    return stripe().webhooks.constructEvent(raw, signature ?? "", env().stripe.webhookSecret);
  } catch {
    return null;
  }
}
