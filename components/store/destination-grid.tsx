import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Flag } from "@/components/ui/flag";
import { formatMoney } from "@/lib/money/minor-units";
import type { Destination } from "@/lib/catalogue/destinations";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export async function DestinationGrid({ destinations, locale }: { destinations: Destination[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Common" });
  return (
    <ul className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {destinations.map((d) => (
        <li key={d.iso} data-testid="destination">
          <Link
            href={`/${locale}/destinations/${d.iso.toLowerCase()}`}
            className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-500"
          >
            <Flag iso={d.iso} size={36} />
            <span className="min-w-0">
              <span className="block truncate font-medium">{countryName(d.iso, locale, d.name)}</span>
              <span className="block text-sm text-slate-600">{t("from", { price: formatMoney(d.fromMinor, d.currency, locale) })}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
