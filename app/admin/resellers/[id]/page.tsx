import Link from "next/link";
import { notFound } from "next/navigation";
import { updateBrandAction } from "@/components/admin/resellers/actions";
import { Field } from "@/components/admin/resellers/fields";
import { ImageField } from "@/components/admin/resellers/image-field";
import { AdminPage } from "@/components/admin/admin-page";
import { Flash } from "@/components/ui/flash";
import { requireStaff } from "@/lib/auth/session";
import type { PageProps } from "@/lib/http/page-props";
import { tenantOrigin } from "@/lib/tenancy/tenants";
import { findReseller, priceSample } from "@/lib/tenancy/resellers";
import { PriceRules } from "@/components/admin/resellers/price-rules";
import { DataTable } from "@/components/ui/data-table";
import { Money } from "@/components/ui/money";
import { pricingRules } from "@/lib/catalogue/pricing-rules";
import { env } from "@/lib/config/env";
import { OPERATOR } from "@/lib/tenancy/context";

export const metadata = { title: "Reseller" };

// One reseller: its brand (how its storefront, emails and receipts look; saving renders its
// cached pages again, other storefronts' are untouched) and its prices in two tiers.
export default async function ResellerPage({ params, searchParams }: PageProps<{ id: string }>) {
  await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const reseller = await findReseller(id);
  if (!reseller) notFound();
  const currency = env().STORE_CURRENCY;
  const [origin, costRules, retailRules, sample] = await Promise.all([
    tenantOrigin(reseller.id),
    pricingRules({ tenantId: reseller.id, tier: "cost" }),
    pricingRules({ tenantId: reseller.id, tier: "retail" }),
    priceSample(reseller.id, currency),
  ]);
  const money = (minor: number | null | undefined) =>
    minor === null || minor === undefined ? "–" : <Money minor={minor} currency={currency} />;
  return (
    <AdminPage title={reseller.name} roomy>
      <p className="text-sm">
        <Link href="/admin/resellers" className="text-brand-700 underline">
          ← Resellers
        </Link>{" "}
        · Storefront:{" "}
        <a href={`${origin}/${reseller.defaultLocale}`} className="text-brand-700 underline">
          {origin}
        </a>{" "}
        · {reseller.status}
      </p>
      <Flash params={query} testId="reseller-result" />
      <form
        action={updateBrandAction}
        aria-label="Brand"
        className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
      >
        <input type="hidden" name="tenantId" value={reseller.id} />
        <Field label="Name" name="name" required defaultValue={reseller.name} />
        <Field label="Tagline" name="tagline" defaultValue={reseller.tagline} placeholder="Data for the road" />
        <label className="text-sm">
          Brand colour (white text must be readable on it)
          <br />
          <input
            type="color"
            name="brandColor"
            defaultValue={reseller.brandColor ?? "#1d63de"}
            className="h-10 w-20 rounded border border-slate-300"
          />
        </label>
        <Field label="Support email" name="supportEmail" type="email" defaultValue={reseller.supportEmail} />
        <ImageField label="Logo" name="logo" current={reseller.logo} />
        <ImageField label="Favicon (the logo when none)" name="favicon" current={reseller.favicon} />
        <Field label="Email sender name" name="emailSenderName" defaultValue={reseller.emailSenderName} placeholder={reseller.name} />
        <Field
          label="Email reply-to"
          name="emailReplyTo"
          type="email"
          defaultValue={reseller.emailReplyTo}
          placeholder="the support email"
        />
        <label className="text-sm sm:col-span-2">
          Legal footer (company, address, registration)
          <br />
          <textarea
            name="legalFooter"
            rows={2}
            maxLength={300}
            defaultValue={reseller.legalFooter ?? ""}
            className="w-full rounded-lg border border-slate-300 p-2"
          />
        </label>
        <button className="h-10 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white sm:col-start-2">Save brand</button>
      </form>
      <h2 className="text-xl font-bold">Prices</h2>
      <p className="text-sm text-slate-600">
        Two tiers: what {reseller.name} pays (its cost, over eSIM Go&apos;s wholesale price; the operator&apos;s fee on each sale) and what
        its customers pay (over that cost, never below it). Each currency follows the exchange rates.
      </p>
      <PriceRules tenantId={reseller.id} tier="cost" title="Its cost" base="wholesale" rules={costRules} currency={currency} />
      <PriceRules tenantId={reseller.id} tier="retail" title="Its retail prices" base="its cost" rules={retailRules} currency={currency} />
      <DataTable
        rows={sample}
        rowKey={(b) => b.name}
        rowTestId="price-sample"
        empty="No Japan plans in the catalogue yet."
        columns={[
          { header: `Japan plans (${currency})`, cell: (b) => b.name },
          { header: "Wholesale", className: "pl-3 text-right", cell: (b) => money(b.wholesaleMinor) },
          {
            header: "Its cost",
            className: "pl-3 text-right",
            cell: (b) => money(b.prices.find((p) => p.tenantId === reseller.id)?.costMinor),
          },
          {
            header: "Its price",
            className: "pl-3 text-right",
            cell: (b) => money(b.prices.find((p) => p.tenantId === reseller.id)?.retailMinor),
          },
          {
            header: "Our price",
            className: "pl-3 text-right",
            cell: (b) => money(b.prices.find((p) => p.tenantId === OPERATOR)?.retailMinor),
          },
        ]}
      />
    </AdminPage>
  );
}
