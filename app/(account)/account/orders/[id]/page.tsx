import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { BRAND } from "@/lib/config/brand";
import { ownedReceipt } from "@/lib/orders/customer-orders";
import { orderAccessToken } from "@/lib/orders/access-token";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { StatusLabel } from "@/components/ui/status-label";
import { Money } from "@/components/ui/money";

export const metadata: Metadata = { title: "Receipt" };

// A receipt: only the order's owner sees it (anyone else: 404).
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/account/orders/${id}`);
  const order = await ownedReceipt(user.id, id);
  if (!order) notFound();
  const refunded = order.refunds.reduce((s, r) => s + r.amountMinor, 0);
  return (
    <Card as="article" padding="xl" className="max-w-2xl">
      <h1 className="text-2xl font-bold">Receipt</h1>
      <p className="text-sm text-slate-600">
        {BRAND.name} · order {order.id} · <Time value={order.createdAt} /> UTC
      </p>
      <p className="text-sm text-slate-600">
        Billed to {order.email} · status <StatusLabel status={order.status} />
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
              <td className="text-right">
                <Money minor={l.unitPriceMinor * l.quantity} currency={l.currency} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <td className="py-1" colSpan={2}>
              Total paid
            </td>
            <td className="text-right">
              <Money minor={order.totalMinor} currency={order.currency} />
            </td>
          </tr>
          {order.refunds.map((r) => (
            <tr key={r.id} className="text-slate-700">
              <td className="py-1" colSpan={2}>
                Refund ({r.method === "card" ? "to card" : "store credit"}): {r.reason}
              </td>
              <td className="text-right">
                −<Money minor={r.amountMinor} currency={r.currency} />
              </td>
            </tr>
          ))}
          {refunded > 0 && (
            <tr className="font-semibold">
              <td className="py-1" colSpan={2}>
                Net
              </td>
              <td className="text-right">
                <Money minor={order.totalMinor - refunded} currency={order.currency} />
              </td>
            </tr>
          )}
        </tfoot>
      </table>
      <p className="mt-4 text-sm">
        <Link href={`/order/${order.id}?token=${orderAccessToken(order.id)}`} className="text-brand-700 underline">
          Install details for this order
        </Link>
      </p>
    </Card>
  );
}
