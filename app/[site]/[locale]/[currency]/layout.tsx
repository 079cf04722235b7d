import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { StoreFrame } from "@/components/store/store-frame";
import { isCurrency, isLocale, type Currency } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/locale-param";
import { siteBrand } from "@/lib/tenancy/brand";

type Props = { children: React.ReactNode; params: Promise<{ site: string; locale: string; currency: string }> };

// The storefront in one language and one currency: /<locale>/… is rewritten to
// /<site>/<locale>/<CURRENCY>/… (lib/i18n/shop-rewrites.ts), so every storefront, language and
// currency is a cached page of its own.
export function generateStaticParams() {
  return [];
}

export default async function ShopLayout({ children, params }: Props) {
  const { site, locale: lang, currency } = await params;
  const locale = localeParam(lang);
  const brand = await siteBrand(site);
  if (!brand || !isLocale(locale) || !isCurrency(currency) || currency !== currency.toUpperCase()) notFound();
  setRequestLocale(locale);
  return (
    <StoreFrame brand={brand} locale={locale} currency={currency as Currency}>
      {children}
    </StoreFrame>
  );
}
