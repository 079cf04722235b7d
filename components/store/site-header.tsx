import { getTranslations } from "next-intl/server";
import { NavLinks } from "@/components/ui/nav-links";
import type { Currency, Locale } from "@/lib/i18n/locales";
import type { SiteBrand } from "@/lib/tenancy/brand";
import { Link } from "@/lib/i18n/routing";
import { PreferencesForm } from "./preferences-form";

export async function SiteHeader({ brand, locale, currency }: { brand: SiteBrand; locale: Locale; currency: Currency }) {
  const t = await getTranslations({ locale, namespace: "Shell" });
  const home = `/${locale}`;
  const links = [
    { href: `${home}#destinations`, label: t("destinations"), className: "hidden hover:text-brand-700 md:inline" },
    { href: `${home}#regions`, label: t("regions"), className: "hidden hover:text-brand-700 lg:inline" },
    { href: `${home}/devices`, label: t("devices"), className: "hidden hover:text-brand-700 lg:inline" },
    { href: `${home}/account`, label: t("myEsims"), className: "rounded-lg border border-slate-300 px-3 py-1.5 hover:border-brand-500" },
  ];
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex min-h-14 max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/" locale={locale} className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-900">
          {brand.logo ? (
            // A data: URL from the tenant's row: nothing for next/image to optimise.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={brand.logo} alt="" className="h-7 w-auto max-w-28" />
          ) : (
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-lg bg-brand-600 text-sm text-white">
              ◎
            </span>
          )}
          {brand.name}
        </Link>
        <div className="flex items-center gap-4">
          <PreferencesForm locale={locale} currency={currency} />
          <NavLinks
            label={t("nav")}
            links={links}
            className="flex items-center gap-5 text-sm font-medium text-slate-700"
            linkClassName=""
          />
        </div>
      </div>
    </header>
  );
}
