import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BuyForm } from "@/components/checkout/buy-form";
import { CancelledNotice } from "@/components/store/cancelled-notice";
import { BRAND } from "@/lib/config/brand";
import { getPlan } from "@/lib/catalogue/cached";
import { planArea, planData, planDays, planName } from "@/lib/catalogue/plan-name";
import { pricePerGb, type Plan } from "@/lib/catalogue/plans";
import { env } from "@/lib/config/env";
import { countryByIso } from "@/lib/catalogue/countries";
import { formatMoney, toMajorString } from "@/lib/money/minor-units";
import { Card } from "@/components/ui/card";
import { GuideLinks } from "@/components/store/guide-links";
import { Faq, type FaqItem } from "@/components/store/faq";

// Rendered per request (every page carries its own CSP nonce) from cached catalogue data.

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await getPlan((await params).name);
  if (!plan) return {};
  const title = `${planName(plan)} eSIM – ${formatMoney(plan.retailMinor, plan.retailCurrency)}`;
  const description =
    `${planData(plan)} of mobile data for ${planDays(plan)} in ` + `${planArea(plan)}. Instant QR code delivery, install before you fly.`;
  return { title, description, alternates: { canonical: `/plans/${plan.name}` }, openGraph: { title, description, type: "website" } };
}

function productJsonLd(plan: Plan, coverage: string[]) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: `${planName(plan)} eSIM`,
    sku: plan.name,
    description:
      `${planData(plan)} of mobile data, valid ${planDays(plan)}, in ` +
      `${coverage.length === 1 ? coverage[0] : `${coverage.length} countries`}.`,
    brand: { "@type": "Brand", name: BRAND.name },
    offers: {
      "@type": "Offer",
      url: `${env().appUrl}/plans/${plan.name}`,
      priceCurrency: plan.retailCurrency,
      price: toMajorString(plan.retailMinor, plan.retailCurrency),
      availability: "https://schema.org/InStock",
    },
  };
}

export default async function PlanPage({ params }: Props) {
  const plan = await getPlan((await params).name);
  if (!plan) notFound();
  const coverage = [...plan.countries, ...plan.roamingCountries].map((iso) => countryByIso(iso)?.name ?? iso).sort();
  const price = formatMoney(plan.retailMinor, plan.retailCurrency);
  const perGb = pricePerGb(plan);
  const facts: Array<[string, string]> = [
    ["Data", plan.unlimited ? "Unlimited (high speed daily, then reduced)" : planData(plan)],
    ["Validity", `${planDays(plan)} from first connection`],
    ["Network", plan.speeds.join(", ") || "4G"],
    ["Coverage", coverage.length === 1 ? coverage[0] : `${coverage.length} countries`],
    ["Price per GB", perGb ? formatMoney(perGb, plan.retailCurrency) : "No data cap"],
    ["Top-ups", "Yes, on the same eSIM"],
  ];
  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 md:grid-cols-[1fr_380px]">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(productJsonLd(plan, coverage)).replace(/</g, "\\u003c") }}
      />
      <div>
        <p className="text-sm font-medium text-brand-700">{planArea(plan)} eSIM</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">
          {planData(plan)} · {planDays(plan)}
        </h1>
        <p className="mt-2 text-2xl font-semibold">{price}</p>
        <dl className="mt-6 grid grid-cols-2 gap-4 rounded-2xl border border-slate-200 bg-white p-5 text-sm">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        <Faq items={planFaq(plan)} />
        {coverage.length > 1 && (
          <details className="mt-6 rounded-2xl border border-slate-200 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium">Covered countries ({coverage.length})</summary>
            <p className="mt-2 text-slate-700">{coverage.join(", ")}</p>
          </details>
        )}
      </div>
      <Card as="aside" padding="lg" className="h-fit shadow-sm">
        <h2 className="mb-4 text-lg font-semibold">Get this eSIM</h2>
        <Suspense>
          <CancelledNotice />
        </Suspense>
        <BuyForm bundle={plan.name} price={price} />
      </Card>
    </div>
  );
}

function planFaq(plan: Parameters<typeof planDays>[0] & { unlimited: boolean }): FaqItem[] {
  return [
    {
      id: "starts",
      question: "When does it start?",
      answer:
        `Install the eSIM at home over Wi-Fi. The ${planDays(plan)} start when it ` +
        `first connects to a network in a covered country, not when you buy it.`,
    },
    {
      id: "runs-out",
      question: "What if the data runs out?",
      answer: plan.unlimited
        ? "You keep browsing: after the daily high-speed allowance the speed is reduced until the next day."
        : "Data stops until you top up. Add another plan to the same eSIM in seconds, no new QR code needed.",
    },
    {
      id: "device",
      question: "Will it work on my phone?",
      answer: (
        <>
          Your phone must support eSIM and be carrier-unlocked.{" "}
          <Link href="/devices" className="font-medium text-brand-700 underline">
            Check your device
          </Link>{" "}
          or read <GuideLinks />.
        </>
      ),
    },
  ];
}
