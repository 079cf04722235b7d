import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GiftPanel } from "@/components/order/gift-panel";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { countryName, dateText } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money/minor-units";
import { orderAccessToken, orderPath, receiptPath } from "@/lib/orders/access-token";
import { hasReceipt, loadReceipt } from "@/lib/orders/receipt";
import { localeParam } from "@/lib/i18n/locale-param";
import { siteBrand } from "@/lib/tenancy/brand";

type Props = { params: Promise<{ site: string; locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Receipt" }))("title") };
}

// A receipt, as the PDF has it: only the order's owner sees it (anyone else: 404).
export default async function ReceiptPage({ params }: Props) {
  const { site, locale: lang, id } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/orders/${id}`);
  const receipt = await loadReceipt(id, { userId: user.id }, locale);
  if (!receipt) notFound();
  const t = await getTranslations({ locale, namespace: "Receipt" });
  const account = await getTranslations({ locale, namespace: "Account" });
  const money = (minor: number) => formatMoney(minor, receipt.currency, locale);
  const total = (label: string, minor: number, className = "text-slate-700") => (
    <tr className={className}>
      <td className="py-1" colSpan={2}>
        {label}
      </td>
      <td className="text-right">{money(minor)}</td>
    </tr>
  );
  const facts: Array<[string, string]> = [
    [t("number"), receipt.id],
    [t("date"), dateText(receipt.createdAt, locale, true)],
    [t("billedTo"), receipt.email],
    ...(receipt.billingCountry ? [[t("country"), countryName(receipt.billingCountry, locale)] as [string, string]] : []),
    [t("status"), account(`orderStatus.${receipt.status}`)],
  ];
  return (
    <Card as="article" padding="xl" className="max-w-2xl">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <span className="text-sm text-slate-600">{(await siteBrand(site))?.name}</span>
      </div>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {receipt.gift && (
        <div className="mt-4">
          <GiftPanel
            orderId={receipt.id}
            token={orderAccessToken(receipt.id)}
            name={receipt.gift.name}
            email={receipt.gift.email}
            delivered={receipt.status === "fulfilled"}
          />
        </div>
      )}
      <div className="mt-4">
        <DataTable
          rows={receipt.lines}
          rowKey={(l) => l.id}
          columns={[
            {
              header: t("item"),
              cell: (l) => (
                <>
                  {l.plan}
                  {l.topUpOf && <span className="block text-xs text-slate-600">{t("topUpOf", { iccid: l.topUpOf })}</span>}
                </>
              ),
            },
            { header: t("qty"), cell: (l) => l.quantity },
            { header: t("amount"), align: "right", cell: (l) => money(l.amountMinor) },
          ]}
          footer={
            <>
              {receipt.referralDiscountMinor > 0 &&
                total(t("referralDiscount"), -receipt.referralDiscountMinor, "border-t border-slate-300")}
              {total(t("total"), receipt.priceMinor, "border-t border-slate-300 font-semibold")}
              {receipt.tax &&
                total(t("taxIncluded", { rate: receipt.tax.ratePercent, country: receipt.tax.country }), receipt.tax.amountMinor)}
              {receipt.creditMinor > 0 && total(t("credit"), receipt.creditMinor)}
              {receipt.creditMinor > 0 && total(t("paidByCard"), receipt.totalMinor)}
              {receipt.refunds.map((r) => (
                <tr key={r.id} className="text-slate-700">
                  <td className="py-1" colSpan={2}>
                    {t("refund", { method: r.method, reason: r.removedPlan ? t("removedPlan") : r.reason })}
                  </td>
                  <td className="text-right">−{money(r.amountMinor)}</td>
                </tr>
              ))}
              {receipt.refunds.length > 0 && total(t("net"), receipt.netMinor, "font-semibold")}
            </>
          }
        />
      </div>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {hasReceipt(receipt) && (
          <a href={receiptPath(receipt.id, locale)} className="text-brand-700 font-medium underline" download>
            {t("download")}
          </a>
        )}
        <Link href={orderPath(receipt.id, locale)} className="text-brand-700 underline">
          {account("installDetails")}
        </Link>
      </p>
    </Card>
  );
}
