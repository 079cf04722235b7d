import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { BRAND } from "@/lib/config/brand";
import { ownedReceipt } from "@/lib/orders/customer-orders";
import { formatMoney } from "@/lib/money/minor-units";
import { orderAccessToken } from "@/lib/orders/access-token";

export const metadata: Metadata = { title: "Receipt" };

// A receipt: only the order's owner sees it (anyone else: 404).
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/account/orders/${id}`);
  const order = await ownedReceipt(user.id, id);
  if (!order) notFound();
  const refunded = order.refunds.reduce((s, r) => s + r.amountMinor, 0);
  return (
    <article className="max-w-2xl rounded-2xl border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Receipt</h1>
      <p className="text-sm text-slate-600">
        {BRAND.name} · order {order.id} · {order.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
      </p>
      <p className="text-sm text-slate-600">
        Billed to {order.email} · status {order.status.replace("_", " ")}
      </p>
      <table className="mt-4 w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th className="py-1 font-medium">Plan</th>
            <th className="font-medium">Qty</th>
            <th className="text-right font-medium">Amount</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.id} className="border-t border-slate-100">
              <td className="py-1">
                {l.bundleName}
                {l.kind === "topup" ? ` (top-up of ${l.targetIccid})` : ""}
              </td>
              <td>{l.quantity}</td>
              <td className="text-right">{formatMoney(l.unitPriceMinor * l.quantity, l.currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <td className="py-1" colSpan={2}>
              Total paid
            </td>
            <td className="text-right">{formatMoney(order.totalMinor, order.currency)}</td>
          </tr>
          {order.refunds.map((r) => (
            <tr key={r.id} className="text-slate-700">
              <td className="py-1" colSpan={2}>
                Refund ({r.method === "card" ? "to card" : "store credit"}): {r.reason}
              </td>
              <td className="text-right">−{formatMoney(r.amountMinor, r.currency)}</td>
            </tr>
          ))}
          {refunded > 0 && (
            <tr className="font-semibold">
              <td className="py-1" colSpan={2}>
                Net
              </td>
              <td className="text-right">{formatMoney(order.totalMinor - refunded, order.currency)}</td>
            </tr>
          )}
        </tfoot>
      </table>
      <p className="mt-4 text-sm">
        <Link href={`/order/${order.id}?token=${orderAccessToken(order.id)}`} className="text-brand-700 underline">
          Install details for this order
        </Link>
      </p>
    </article>
  );
}
