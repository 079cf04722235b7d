import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { z } from "zod";
import { CompatiblePlans } from "@/components/top-up/compatible-plans";
import { Flag } from "@/components/ui/flag";
import { requireUser } from "@/lib/auth/session";
import { getDestinations } from "@/lib/catalogue/cached";
import { countryByIso } from "@/lib/catalogue/countries";
import { MAX_QUERY_CHARS, searchDestinations } from "@/lib/catalogue/destination-search";
import { searchIndex } from "@/lib/catalogue/search-index";
import { getOwnedEsim } from "@/lib/esims/owned-esims";
import { countryName } from "@/lib/i18n/format";
import { shopperCurrency } from "@/lib/i18n/shopper-currency";
import { creditBalance } from "@/lib/money/credit-ledger";
import { formatMoney } from "@/lib/money/minor-units";
import { localeParam } from "@/lib/i18n/locale-param";
import { requestPrices } from "@/lib/catalogue/price-list";

const topUpQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  q: z
    .string()
    .catch("")
    .default("")
    .transform((q) => q.trim().slice(0, MAX_QUERY_CHARS)),
});
type Props = { params: Promise<{ locale: string; iccid: string }>; searchParams: Promise<{ country?: string; q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "TopUp" }))("metaTitle") };
}

export default async function TopUpPage({ params, searchParams }: Props) {
  const [{ locale: lang, iccid }, query] = await Promise.all([params, searchParams]);
  const locale = localeParam(lang);
  const { country: iso, q } = topUpQuery.parse(query);
  const user = await requireUser(`/${locale}/account/esims/${iccid}/top-up`);
  const esim = await getOwnedEsim(user.id, iccid);
  if (!esim) notFound();
  const currency = await shopperCurrency(locale);
  const [t, destinations, credit] = await Promise.all([
    getTranslations({ locale, namespace: "TopUp" }),
    getDestinations(await requestPrices(currency)),
    creditBalance(user.id, currency),
  ]);
  const country = iso ? countryByIso(iso) : undefined;
  const name = country ? countryName(country.iso, locale, country.name) : "";
  const matches = q ? searchDestinations(searchIndex(destinations, locale), q, 8) : [];
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/${locale}/account/esims/${iccid}`} className="text-sm text-brand-700">
          {t("back", { iccid })}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t("title", { iccid })}</h1>
        <p className="text-slate-600">{t("intro")}</p>
        {credit > 0 && (
          <p className="mt-2 rounded-xl bg-emerald-50 p-3 text-sm text-emerald-900">
            {t.rich("creditFirst", { amount: formatMoney(credit, currency, locale), strong: (c) => <strong>{c}</strong> })}
          </p>
        )}
      </div>
      <form method="get" className="flex gap-2" role="search">
        <label htmlFor="topup-q" className="sr-only">
          {t("where")}
        </label>
        <input
          id="topup-q"
          name="q"
          defaultValue={q}
          placeholder={t("where")}
          className="h-11 flex-1 rounded-xl border border-slate-300 bg-white px-3"
        />
        <button type="submit" className="rounded-xl bg-slate-900 px-4 text-sm font-semibold text-white">
          {t("find")}
        </button>
      </form>
      {matches.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("destinations")}>
          {matches.map((m) => (
            <li key={m.iso}>
              <Link
                href={`?country=${m.iso}`}
                className="flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
              >
                <Flag iso={m.iso} size={20} />
                {m.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {country && (
        <Suspense
          fallback={
            <p role="status" className="text-slate-600">
              {t("checking", { country: name })}
            </p>
          }
        >
          <CompatiblePlans iccid={iccid} iso={country.iso} name={name} useCredit={credit > 0} locale={locale} currency={currency} />
        </Suspense>
      )}
    </div>
  );
}
