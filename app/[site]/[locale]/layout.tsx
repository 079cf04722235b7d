import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { brandPalette } from "@/components/ui/brand-palette";
import { HtmlShell } from "@/components/ui/html-shell";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/locale-param";
import { siteBrand } from "@/lib/tenancy/brand";

type Props = { children: React.ReactNode; params: Promise<{ site: string; locale: string }> };

// Each storefront's pages in every language are rendered on their first visit and then served
// from the cache. [site] is the tenant the proxy resolved from the host (never from the address).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, locale: lang } = await params;
  const locale = localeParam(lang);
  const brand = await siteBrand(site);
  if (!isLocale(locale) || !brand) return {};
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    metadataBase: new URL(brand.origin),
    title: { default: t("title", { brand: brand.name }), template: `%s · ${brand.name}` },
    description: t("description"),
    openGraph: { siteName: brand.name, type: "website", locale },
    twitter: { card: "summary" },
    ...(brand.favicon && { icons: { icon: brand.favicon } }),
  };
}

export async function generateViewport({ params }: Props): Promise<Viewport> {
  const brand = await siteBrand((await params).site);
  return { width: "device-width", initialScale: 1, themeColor: brand?.color ?? "#1d63de" };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { site, locale: lang } = await params;
  const locale = localeParam(lang);
  const brand = await siteBrand(site);
  if (!isLocale(locale) || !brand) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Shell" });
  return (
    <HtmlShell lang={locale} skipLabel={t("skip")} style={brandPalette(brand.color)}>
      <NextIntlClientProvider locale={locale} messages={await clientMessages(locale as Locale)}>
        {children}
      </NextIntlClientProvider>
    </HtmlShell>
  );
}
