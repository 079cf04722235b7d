import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InstallStatus } from "@/components/account/install-status";
import { UsageBar } from "@/components/account/usage-bar";
import { ValidityText } from "@/components/account/validity-text";
import { Card } from "@/components/ui/card";
import { planNamesFor } from "@/lib/catalogue/plan-names";
import { requireUser } from "@/lib/auth/session";
import { installView } from "@/lib/esims/install-status";
import { currentBundle, listOwnedEsims } from "@/lib/esims/owned-esims";
import { creditBalances } from "@/lib/money/credit-ledger";
import { formatMoney } from "@/lib/money/minor-units";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Account" }))("myEsims") };
}

export default async function AccountPage({ params }: Props) {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account`);
  const [t, esims, balances] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    listOwnedEsims(user.id),
    creditBalances(user.id),
  ]);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const base = `/${locale}/account/esims`;
  const nameOf = await planNamesFor(
    esims.flatMap((e) => e.assignments.map((a) => a.bundleName)),
    locale,
  );
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("myEsims")}</h1>
      {balances.map((b) => (
        <p key={b.currency} className="mt-1 text-sm text-slate-700">
          {t.rich("storeCredit", { amount: formatMoney(b.balanceMinor, b.currency, locale), strong })}
        </p>
      ))}
      {esims.length === 0 && (
        <p className="mt-6 rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t.rich("noEsims", {
            shop: (chunks) => (
              <Link href={`/${locale}`} className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <ul className="mt-6 space-y-4">
        {esims.map((esim) => {
          const bundle = currentBundle(esim.assignments);
          return (
            <Card as="li" padding="lg" className="shadow-sm" key={esim.id} data-testid="account-esim">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">{t("esim", { iccid: esim.iccid })}</h2>
                {esim.state === "active" ? (
                  <InstallStatus view={installView(esim)} locale={locale} />
                ) : (
                  <span className="text-sm text-slate-600">{t(`esimState.${esim.state}`)}</span>
                )}
              </div>
              {bundle ? (
                <div className="mt-3 space-y-2">
                  <p className="text-sm">
                    <span className="font-medium">{nameOf(bundle.bundleName)}</span> ·{" "}
                    <span className="text-slate-600">
                      <ValidityText assignment={bundle} />
                    </span>
                  </p>
                  <UsageBar assignment={bundle} />
                </div>
              ) : (
                <p className="mt-3 text-sm text-slate-600">{t("noActivePlan")}</p>
              )}
              <div className="mt-4 flex flex-wrap gap-2 text-sm font-medium">
                <Link href={`${base}/${esim.iccid}/top-up`} className="rounded-lg bg-brand-600 px-3 py-2 text-white">
                  {t("topUp")}
                </Link>
                <Link href={`${base}/${esim.iccid}#install`} className="rounded-lg border border-slate-300 px-3 py-2">
                  {t("installAgain")}
                </Link>
                <Link href={`${base}/${esim.iccid}`} className="rounded-lg border border-slate-300 px-3 py-2">
                  {t("details")}
                </Link>
              </div>
            </Card>
          );
        })}
      </ul>
    </div>
  );
}
