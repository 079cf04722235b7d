import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GiftPanel } from "@/components/order/gift-panel";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { BRAND } from "@/lib/config/brand";
import { dateText } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money/minor-units";
import { orderAccessToken, orderPath } from "@/lib/orders/access-token";
import { ownedReceipt } from "@/lib/orders/customer-orders";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Account" }))("receipt") };
}

// A receipt: only the order's owner sees it (anyone else: 404).
export default async function ReceiptPage({ params }: Props) {
  const { locale: lang, id } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/orders/${id}`);
  const order = await ownedReceipt(user.id, id);
  if (!order) notFound();
  const t = await getTranslations({ locale, namespace: "Account" });
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  const refunded = order.refunds.reduce((s, r) => s + r.amountMinor, 0);
  const total = (label: string, minor: number, className = "font-semibold") => (
    <tr className={className}>
      <td className="py-1" colSpan={2}>
        {label}
      </td>
      <td className="text-right">{money(minor)}</td>
    </tr>
  );
  return (
    <Card as="article" padding="xl" className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("receipt")}</h1>
      <p className="text-sm text-slate-600">
        {t("receiptMeta", { brand: BRAND.name, id: order.id, date: dateText(order.createdAt, locale, true) })}
      </p>
      <p className="text-sm text-slate-600">{t.rich("billedTo", { email: order.email, status: () => t(`orderStatus.${order.status}`) })}</p>
      {order.giftRecipientEmail && (
        <div className="mt-4">
          <GiftPanel
            orderId={order.id}
            token={orderAccessToken(order.id)}
            name={order.giftRecipientName ?? ""}
            email={order.giftRecipientEmail}
            delivered={order.status === "fulfilled"}
          />
        </div>
      )}
      <DataTable
        rows={order.lines}
        rowKey={(l) => l.id}
        columns={[
          {
            header: t("plan"),
            cell: (l) => (l.kind === "topup" ? t("topupOf", { name: l.bundleName, iccid: l.targetIccid ?? "" }) : l.bundleName),
          },
          { header: t("qty"), cell: (l) => l.quantity },
          { header: t("amount"), align: "right", cell: (l) => formatMoney(l.unitPriceMinor * l.quantity, l.currency, locale) },
        ]}
        footer={
          <>
            {total(t("totalPaid"), order.totalMinor, "border-t border-slate-300 font-semibold")}
            {order.refunds.map((r) => (
              <tr key={r.id} className="text-slate-700">
                <td className="py-1" colSpan={2}>
                  {t("refundLine", {
                    method: r.method === "card" ? t("refundCard") : t("refundCredit"),
                    reason: r.assignmentId ? t("removedPlan") : r.reason,
                  })}
                </td>
                <td className="text-right">−{formatMoney(r.amountMinor, r.currency, locale)}</td>
              </tr>
            ))}
            {refunded > 0 && total(t("net"), order.totalMinor - refunded)}
          </>
        }
      />
      <p className="mt-4 text-sm">
        <Link href={orderPath(order.id, locale)} className="text-brand-700 underline">
          {t("installDetails")}
        </Link>
      </p>
    </Card>
  );
}
