import { getTranslations } from "next-intl/server";
import { NavLinks } from "@/components/ui/nav-links";
import type { Locale } from "@/lib/i18n/locales";
import type { SiteBrand } from "@/lib/tenancy/brand";

export async function SiteFooter({ brand, locale }: { brand: SiteBrand; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Shell" });
  const help = [
    { href: `/${locale}/devices`, label: t("compatibleDevices") },
    { href: `/${locale}/guides/ios`, label: t("iphoneGuide") },
    { href: `/${locale}/guides/android`, label: t("androidGuide") },
  ];
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:flex-wrap sm:justify-between">
        <p>{t("footer", { year: new Date().getFullYear(), brand: brand.name })}</p>
        <NavLinks label={t("help")} links={help} className="flex gap-4" linkClassName="underline" />
        {brand.supportEmail && (
          <p className="sm:basis-full">
            <a href={`mailto:${brand.supportEmail}`} className="underline">
              {t("support", { email: brand.supportEmail })}
            </a>
          </p>
        )}
        {brand.legalFooter && <p className="text-xs text-slate-500 sm:basis-full">{brand.legalFooter}</p>}
      </div>
    </footer>
  );
}
