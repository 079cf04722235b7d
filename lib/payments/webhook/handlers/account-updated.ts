// account.updated: a reseller's connected account changed (onboarding finished, or Stripe
// disabled it); whether it may take payments is kept on the reseller.
import type Stripe from "stripe";
import { applyAccountStatus } from "@/lib/payments/connect";
import type { EventHandler } from "@/lib/payments/webhook/types";

export const onAccountUpdated: EventHandler = async (tx, event) => {
  await applyAccountStatus(event.data.object as Stripe.Account, tx);
  return [];
};
