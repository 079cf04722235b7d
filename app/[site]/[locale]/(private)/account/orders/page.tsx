import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { planNamesFor } from "@/lib/catalogue/plan-names";
import { requireUser } from "@/lib/auth/session";
import { dateText } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money/minor-units";
import { ownedOrders } from "@/lib/orders/customer-orders";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Account" }))("ordersTitle") };
}

export default async function OrdersPage({ params }: Props) {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/orders`);
  const [t, orders] = await Promise.all([getTranslations({ locale, namespace: "Account" }), ownedOrders(user.id)]);
  const nameOf = await planNamesFor(
    orders.flatMap((o) => o.lines.map((l) => l.bundleName)),
    locale,
  );
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("ordersTitle")}</h1>
      {orders.length === 0 && <p className="mt-4 text-slate-600">{t("noOrders")}</p>}
      <Card as="ul" padding="none" className="mt-4 divide-y divide-slate-200">
        {orders.map((o) => (
          <li key={o.id} data-testid="order">
            <Link
              href={`/${locale}/account/orders/${o.id}`}
              className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50"
            >
              <span>
                <span className="block font-medium">
                  {o.lines
                    .map((l) => (l.kind === "topup" ? t("topupSuffix", { name: nameOf(l.bundleName) }) : nameOf(l.bundleName)))
                    .join(", ")}
                </span>
                <span className="block text-sm text-slate-600">
                  {dateText(o.createdAt, locale)} · {t(`orderStatus.${o.status}`)}
                </span>
                {o.giftRecipientEmail && (
                  <span className="block text-sm text-brand-700">
                    {t("giftFor", { name: o.giftRecipientName ?? "", email: o.giftRecipientEmail })}
                  </span>
                )}
              </span>
              <span className="font-semibold">{formatMoney(o.totalMinor, o.currency, locale)}</span>
            </Link>
          </li>
        ))}
      </Card>
    </div>
  );
}
