import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { StoreFrame } from "@/components/store/store-frame";
import { isCurrency, isLocale, type Currency } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { children: React.ReactNode; params: Promise<{ locale: string; currency: string }> };

// The storefront in one language and one currency: /<locale>/… is rewritten to
// /<locale>/<CURRENCY>/… (lib/i18n/shop-rewrites.ts), so every pair is a cached page of its own.
export function generateStaticParams() {
  return [];
}

export default async function ShopLayout({ children, params }: Props) {
  const { locale: lang, currency } = await params;
  const locale = localeParam(lang);
  if (!isLocale(locale) || !isCurrency(currency) || currency !== currency.toUpperCase()) notFound();
  setRequestLocale(locale);
  return (
    <StoreFrame locale={locale} currency={currency as Currency}>
      {children}
    </StoreFrame>
  );
}
