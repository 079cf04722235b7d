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
import { findReseller } from "@/lib/tenancy/resellers";

export const metadata = { title: "Reseller" };

// One reseller's brand: how its storefront, emails and receipts look. Saving renders its cached
// pages again; other storefronts' pages are untouched.
export default async function ResellerPage({ params, searchParams }: PageProps<{ id: string }>) {
  await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const reseller = await findReseller(id);
  if (!reseller) notFound();
  const origin = await tenantOrigin(reseller.id);
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
    </AdminPage>
  );
}
