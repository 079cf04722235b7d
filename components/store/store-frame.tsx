// Header, page, footer: the frame of every customer-facing page, in its storefront's brand. A
// suspended storefront says so above everything (checkout refuses on its own: lib/checkout).
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Currency, Locale } from "@/lib/i18n/locales";
import type { SiteBrand } from "@/lib/tenancy/brand";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

type Props = { brand: SiteBrand; locale: Locale; currency: Currency; children: ReactNode };

export async function StoreFrame({ brand, locale, currency, children }: Props) {
  const t = await getTranslations({ locale, namespace: "Errors" });
  return (
    <>
      {brand.suspended && (
        <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-900">
          {t("storeNotSelling")}
        </p>
      )}
      <SiteHeader brand={brand} locale={locale} currency={currency} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter brand={brand} locale={locale} />
    </>
  );
}
