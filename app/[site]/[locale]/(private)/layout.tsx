import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { StoreFrame } from "@/components/store/store-frame";
import { CURRENCY_COOKIE, isCurrency, isLocale, LOCALE_CURRENCY, type Currency } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/locale-param";
import { siteBrand } from "@/lib/tenancy/brand";

// Pages for one person (My Account, sign-in, an order): rendered per request, never cached.
export const dynamic = "force-dynamic";

export default async function PrivateLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ site: string; locale: string }>;
}) {
  const { site, locale: lang } = await params;
  const locale = localeParam(lang);
  const brand = await siteBrand(site);
  if (!brand || !isLocale(locale)) notFound();
  setRequestLocale(locale);
  const chosen = (await cookies()).get(CURRENCY_COOKIE)?.value;
  const currency = isCurrency(chosen) ? (chosen.toUpperCase() as Currency) : LOCALE_CURRENCY[locale];
  return (
    <StoreFrame brand={brand} locale={locale} currency={currency}>
      {children}
    </StoreFrame>
  );
}
