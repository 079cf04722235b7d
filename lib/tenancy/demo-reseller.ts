// The embedded default's demo reseller, "Nomadic", on nomadic.localhost (browsers resolve any
// *.localhost to this machine) at APP_URL's port, with its own brand, prices above the operator's,
// a connected Stripe sandbox account and a staff login. Made once: later edits by staff are kept. Never in production.
import { env } from "@/lib/config/env";
import { repriceCurrencies } from "@/lib/catalogue/currency-prices";
import { db } from "@/lib/db";
import { onboardingLink, refreshAccountStatus } from "@/lib/payments/connect";

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#0f766e"/><circle cx="16" cy="16" r="9" fill="none" stroke="#fff" stroke-width="2"/><path d="M16 8.5l3 7.5-3 7.5-3-7.5z" fill="#fde68a"/></svg>`;

export const DEMO_RESELLER = {
  slug: "nomadic",
  name: "Nomadic",
  staffEmail: "staff@nomadic.example.test",
} as const;

export async function seedDemoReseller(): Promise<void> {
  const e = env();
  if (e.production) return;
  const seeded = (await db.tenant.findUnique({ where: { slug: DEMO_RESELLER.slug } })) ?? (await create());
  if (e.stripe.sandbox && !seeded.stripeChargesEnabled) await onboardInSandbox(seeded);
}

async function create() {
  const e = env();
  const port = new URL(e.appUrl).port;
  const logo = `data:image/svg+xml;base64,${Buffer.from(LOGO).toString("base64")}`;
  const nomadic = await db.tenant.create({
    data: {
      slug: DEMO_RESELLER.slug,
      name: DEMO_RESELLER.name,
      hosts: [`nomadic.localhost${port ? `:${port}` : ""}`],
      profileId: "nomadic-demo",
      tagline: "eSIMs for people who never stay put",
      brandColor: "#0f766e",
      logo,
      emailSenderName: "Nomadic Travel",
      supportEmail: "help@nomadic.example.test",
      legalFooter: "Nomadic Travel GmbH (demo) · Torstraße 1, 10119 Berlin · HRB 000000",
      staffEmails: [DEMO_RESELLER.staffEmail],
      // It pays the operator wholesale + 25 %, and sells at 40 % over that: dearer than the
      // operator's own +35 %. Priced with the catalogue (the first sync follows this).
      pricingRules: {
        create: [
          { tier: "cost", scope: "default", markupBps: 2500, minMarginMinor: 0, charmEnding: null },
          { tier: "retail", scope: "default", markupBps: 4000, minMarginMinor: 50, charmEnding: 99 },
        ],
      },
    },
  });
  await repriceCurrencies(nomadic.id); // a catalogue already there (a store started before the seed existed)
  return nomadic;
}

// Its payouts, set up as the reseller would on Stripe's hosted page ("Agree and submit" on the
// sandbox's), so its sales are destination charges from the first start.
async function onboardInSandbox(reseller: { id: string; name: string; stripeAccountId: string | null }) {
  const back = env().appUrl;
  const link = await onboardingLink(reseller, { returnUrl: back, refreshUrl: back });
  const submitted = await fetch(link, { method: "POST", body: new URLSearchParams({ action: "submit" }), redirect: "manual" });
  if (submitted.status !== 303) throw new Error(`The Stripe sandbox refused Nomadic's onboarding (${submitted.status})`);
  const { stripeAccountId } = await db.tenant.findUniqueOrThrow({ where: { id: reseller.id } });
  await refreshAccountStatus(stripeAccountId!);
}
