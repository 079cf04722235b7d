import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { dateText } from "@/lib/i18n/format";
import { shopperCurrency } from "@/lib/i18n/shopper-currency";
import { creditKind, REFERRAL_PREFIX } from "@/lib/money/credit-kinds";
import { creditBalances, creditHistory } from "@/lib/money/credit-ledger";
import { formatMoney } from "@/lib/money/minor-units";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Account" }))("creditTitle") };
}

// Credit is held per currency: every balance the customer has, then every entry.
export default async function CreditsPage({ params }: Props) {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/credits`);
  const [t, balances, history, currency] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    creditBalances(user.id),
    creditHistory(user.id),
    shopperCurrency(locale),
  ]);
  const shown = balances.length ? balances : [{ currency, balanceMinor: 0 }];
  const strong = (chunks: React.ReactNode) => <strong data-testid="credit-balance">{chunks}</strong>;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("creditTitle")}</h1>
      {shown.map((b) => (
        <p key={b.currency} className="mt-2 text-lg">
          {t.rich("balance", { amount: formatMoney(b.balanceMinor, b.currency, locale), strong })}
        </p>
      ))}
      <Card as="ul" padding="none" className="mt-4 divide-y divide-slate-200">
        {history.length === 0 && <li className="p-4 text-slate-600">{t("noCredit")}</li>}
        {history.map((c) => (
          <li key={c.id} data-testid="credit-entry" className="flex justify-between gap-3 p-4 text-sm">
            <span>
              {creditLabel(c, t)}
              <span className="block text-slate-600">
                {dateText(c.createdAt, locale)}
                {c.status === "pending" ? t("pendingConfirmation") : ""}
              </span>
            </span>
            <span className={c.amountMinor < 0 ? "text-red-700" : "text-emerald-700"}>
              {c.amountMinor > 0 ? "+" : ""}
              {formatMoney(c.amountMinor, c.currency, locale)}
            </span>
          </li>
        ))}
      </Card>
    </div>
  );
}

function creditLabel(
  c: { amountMinor: number; orderId: string | null; assignmentId: string | null; reversesId: string | null; reason: string },
  t: Awaited<ReturnType<typeof getTranslations<"Account">>>,
) {
  const kind = creditKind(c);
  if (kind === "granted") return c.reason; // staff's own words
  if (kind === "referral") return t("creditKinds.referral", { who: c.reason.slice(REFERRAL_PREFIX.length) });
  return t(`creditKinds.${kind}`, { order: c.orderId?.slice(-8) ?? "" });
}
