import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { StoreFrame } from "@/components/store/store-frame";
import { isCurrency, isLocale, type Currency } from "@/lib/i18n/locales";

type Props = { children: React.ReactNode; params: Promise<{ locale: string; currency: string }> };

// The storefront in one language and one currency: proxy.ts rewrites /<locale>/… to
// /<locale>/<currency>/…, so every (language, currency) pair is a cached page of its own.
export function generateStaticParams() {
  return [];
}

export default async function ShopLayout({ children, params }: Props) {
  const { locale, currency } = await params;
  if (!isLocale(locale) || !isCurrency(currency) || currency !== currency.toLowerCase()) notFound();
  setRequestLocale(locale);
  return (
    <StoreFrame locale={locale} currency={currency.toUpperCase() as Currency}>
      {children}
    </StoreFrame>
  );
}
