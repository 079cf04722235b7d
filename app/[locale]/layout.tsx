import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HtmlShell } from "@/components/ui/html-shell";
import { BRAND } from "@/lib/config/brand";
import { env } from "@/lib/config/env";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Pages in every language are rendered on their first visit and then served from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    metadataBase: new URL(env().appUrl),
    title: { default: t("title", { brand: BRAND.name }), template: `%s · ${BRAND.name}` },
    description: t("description"),
    openGraph: { siteName: BRAND.name, type: "website", locale },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d63de" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Shell" });
  return (
    <HtmlShell lang={locale} skipLabel={t("skip")}>
      <NextIntlClientProvider locale={locale} messages={await clientMessages(locale as Locale)}>
        {children}
      </NextIntlClientProvider>
    </HtmlShell>
  );
}
