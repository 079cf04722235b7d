import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { requireUser } from "@/lib/auth/session";
import { dateText } from "@/lib/i18n/format";
import { localeParam } from "@/lib/i18n/locale-param";
import { formatMoney } from "@/lib/money/minor-units";
import { myReferrals } from "@/lib/referrals/my-referrals";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Referrals" }))("title") };
}

// The customer's referral link and the friends who came through it.
export default async function ReferralsPage({ params }: Props) {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/referrals`);
  const [t, mine] = await Promise.all([getTranslations({ locale, namespace: "Referrals" }), myReferrals(user.id)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { discount: mine.discountPercent, credit: mine.creditPercent })}</p>
      <Card padding="lg">
        <label htmlFor="referral-link" className="block text-sm font-medium text-slate-800">
          {t("yourLink")}
        </label>
        <div className="mt-1 flex items-center gap-2">
          <input
            id="referral-link"
            readOnly
            value={mine.url}
            className="h-11 min-w-0 flex-1 rounded-xl border border-slate-300 bg-slate-50 px-3 font-mono text-sm"
          />
          <CopyButton value={mine.url} label={t("yourLink")} />
        </div>
      </Card>
      <h2 className="text-lg font-semibold">{t("friends")}</h2>
      <Card as="ul" padding="none" className="divide-y divide-slate-200">
        {mine.referrals.length === 0 && <li className="p-4 text-slate-600">{t("none")}</li>}
        {mine.referrals.map((r) => (
          <li key={r.id} data-testid="referral" className="flex justify-between gap-3 p-4 text-sm">
            <span>
              {r.who}
              <span className="block text-slate-600">{dateText(r.createdAt, locale)}</span>
            </span>
            <span className={r.status === "credited" ? "text-emerald-700" : "text-slate-600"}>
              {t(`status.${r.status}`, { amount: formatMoney(r.amountMinor, r.currency, locale) })}
            </span>
          </li>
        ))}
      </Card>
    </div>
  );
}
