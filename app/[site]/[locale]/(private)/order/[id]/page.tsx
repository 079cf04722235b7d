import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GiftPanel } from "@/components/order/gift-panel";
import { LineCard } from "@/components/order/line-card";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { nudgeWaitingLinesAfterRender } from "@/lib/fulfilment/start";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/minor-units";
import { receiptPath, verifyOrderAccessToken } from "@/lib/orders/access-token";
import { loadOrderView, type OrderView } from "@/lib/orders/order-view";
import { PAID } from "@/lib/orders/receipt";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: "Order" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

// The thank-you page. Only the buyer's signed link opens it; anyone else gets 404. It refreshes
// itself while payment and fulfilment run, and nudges fulfilment if a paid line is still waiting.
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ locale: lang, id }, { token }] = await Promise.all([params, searchParams]);
  const locale = localeParam(lang);
  if (!verifyOrderAccessToken(id, token)) notFound();
  const order = await loadOrderView(id, locale);
  if (!order) notFound();
  await nudgeWaitingLinesAfterRender(order.lines.filter((l) => l.status === "paid").map((l) => l.id));
  const t = await getTranslations({ locale, namespace: "Order" });
  const receipt = await getTranslations({ locale, namespace: "Receipt" });
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      {!order.settled ? <AutoRefresh everyMs={1500} /> : order.awaitingInstall && <AutoRefresh everyMs={10_000} />}
      <Headline order={order} locale={locale} />
      <div className="mt-6 space-y-6">
        {order.gift && (
          <GiftPanel
            orderId={order.id}
            token={token!}
            name={order.gift.name}
            email={order.gift.email}
            delivered={order.status === "fulfilled"}
          />
        )}
        {order.lines.map((line) => (
          <LineCard key={line.id} line={line} locale={locale} />
        ))}
      </div>
      <p className="mt-8 text-sm text-slate-600" data-testid="order-footer">
        {t("footer", { id: order.id, total: formatMoney(order.totalMinor, order.currency, locale), email: order.email })}
      </p>
      {PAID.includes(order.status) && (
        <p className="mt-2 text-sm">
          <a href={receiptPath(order.id, locale, token)} className="text-brand-700 underline" download>
            {receipt("download")}
          </a>
        </p>
      )}
    </div>
  );
}

async function Headline({ order, locale }: { order: OrderView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Order.headline" });
  const key =
    order.status === "payment_failed" || order.status === "expired"
      ? "failed"
      : ((["pending_payment", "refunded", "fulfilled"] as const).find((s) => s === order.status) ?? "paid");
  return (
    <header role="status" aria-live="polite">
      <h1 className="text-3xl font-bold tracking-tight">{t(key)}</h1>
      <p className="mt-2 text-slate-600">{t(`${key}Text`)}</p>
    </header>
  );
}
