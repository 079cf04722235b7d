import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ownedOrders } from "@/lib/orders/customer-orders";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { StatusLabel } from "@/components/ui/status-label";
import { Money } from "@/components/ui/money";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage() {
  const user = await requireUser("/account/orders");
  const orders = await ownedOrders(user.id);
  return (
    <div>
      <h1 className="text-2xl font-bold">Orders</h1>
      {orders.length === 0 && <p className="mt-4 text-slate-600">No orders yet.</p>}
      <Card as="ul" padding="none" className="mt-4 divide-y divide-slate-200">
        {orders.map((o) => (
          <li key={o.id} data-testid="order">
            <Link href={`/account/orders/${o.id}`} className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50">
              <span>
                <span className="block font-medium">
                  {o.lines.map((l) => `${l.bundleName}${l.kind === "topup" ? " (top-up)" : ""}`).join(", ")}
                </span>
                <span className="block text-sm text-slate-600">
                  <Time value={o.createdAt} precision="date" /> · <StatusLabel status={o.status} />
                </span>
              </span>
              <span className="font-semibold">
                <Money minor={o.totalMinor} currency={o.currency} />
              </span>
            </Link>
          </li>
        ))}
      </Card>
    </div>
  );
}
