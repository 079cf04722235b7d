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
import { DataTable } from "@/components/ui/data-table";

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
      <DataTable
        rows={order.lines}
        rowKey={(l) => l.id}
        columns={[
          { header: "Plan", cell: (l) => `${l.bundleName}${l.kind === "topup" ? ` (top-up of ${l.targetIccid})` : ""}` },
          { header: "Qty", cell: (l) => l.quantity },
          { header: "Amount", align: "right", cell: (l) => <Money minor={l.unitPriceMinor * l.quantity} currency={l.currency} /> },
        ]}
        footer={
          <>
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
          </>
        }
      />
      <p className="mt-4 text-sm">
        <Link href={`/order/${order.id}?token=${orderAccessToken(order.id)}`} className="text-brand-700 underline">
          Install details for this order
        </Link>
      </p>
    </Card>
  );
}
