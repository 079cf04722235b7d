// The Stripe SDK client: the real API with configured keys, the local sandbox in embedded mode.
import Stripe from "stripe";
import { env } from "@/lib/config/env";

const globalForStripe = globalThis as unknown as { stripeClient?: Stripe };

export function stripe(): Stripe {
  const { stripe: config } = env();
  globalForStripe.stripeClient ??= new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(config.sandbox ?? {}),
  });
  return globalForStripe.stripeClient;
}
