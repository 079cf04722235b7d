// Stripe Connect for resellers: each reseller gets a connected (Express) account, made once, and
// finishes Stripe's own onboarding through an account link (a Stripe-hosted page; a link works
// once and for minutes, so a new one is made whenever someone starts). Whether the account may take
// payments is Stripe's to say: read when someone returns from onboarding and on account.updated.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stripe } from "./stripe";

type Reseller = { id: string; name: string; stripeAccountId: string | null };

export async function connectedAccountOf(reseller: Reseller): Promise<string> {
  if (reseller.stripeAccountId) return reseller.stripeAccountId;
  const account = await stripe().accounts.create(
    {
      type: "express",
      business_profile: { name: reseller.name },
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      metadata: { tenantId: reseller.id },
    },
    // Two clicks at once make one account.
    { idempotencyKey: `connect-account:${reseller.id}` },
  );
  // Only if still none: a concurrent start may have stored the same account already.
  await db.tenant.updateMany({ where: { id: reseller.id, stripeAccountId: null }, data: { stripeAccountId: account.id } });
  return account.id;
}

// The Stripe-hosted onboarding page for this reseller; back to returnUrl when done (or "later"),
// to refreshUrl if the link has expired or was used.
export async function onboardingLink(reseller: Reseller, urls: { returnUrl: string; refreshUrl: string }): Promise<string> {
  const account = await connectedAccountOf(reseller);
  const link = await stripe().accountLinks.create({
    account,
    type: "account_onboarding",
    return_url: urls.returnUrl,
    refresh_url: urls.refreshUrl,
  });
  return link.url;
}

export async function applyAccountStatus(
  account: Pick<Stripe.Account, "id" | "charges_enabled">,
  client: Prisma.TransactionClient = db,
): Promise<void> {
  await client.tenant.updateMany({ where: { stripeAccountId: account.id }, data: { stripeChargesEnabled: account.charges_enabled } });
}

// Asks Stripe (someone just came back from onboarding; the webhook may not have arrived yet).
export async function refreshAccountStatus(accountId: string): Promise<void> {
  await applyAccountStatus(await stripe().accounts.retrieve(accountId));
}
