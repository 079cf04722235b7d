import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ownedOrders } from "@/lib/orders/customer-orders";
import { formatMoney } from "@/lib/money/minor-units";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage() {
  const user = await requireUser("/account/orders");
  const orders = await ownedOrders(user.id);
  return (
    <div>
      <h1 className="text-2xl font-bold">Orders</h1>
      {orders.length === 0 && <p className="mt-4 text-slate-600">No orders yet.</p>}
      <ul className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
        {orders.map((o) => (
          <li key={o.id} data-testid="order">
            <Link href={`/account/orders/${o.id}`} className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50">
              <span>
                <span className="block font-medium">
                  {o.lines.map((l) => `${l.bundleName}${l.kind === "topup" ? " (top-up)" : ""}`).join(", ")}
                </span>
                <span className="block text-sm text-slate-600">
                  {o.createdAt.toISOString().slice(0, 10)} · {o.status.replace("_", " ")}
                </span>
              </span>
              <span className="font-semibold">{formatMoney(o.totalMinor, o.currency)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
