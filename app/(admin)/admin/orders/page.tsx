import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { findOrders, orderFiltersSchema, PAGE_SIZE } from "@/lib/orders/staff-orders";
import { Money } from "@/components/ui/money";
import { StatusLabel } from "@/components/ui/status-label";
import { statusLabel } from "@/lib/status-labels";
import { Time } from "@/components/ui/time";

const input = "h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm";

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff();
  const params = await searchParams;
  const filters = orderFiltersSchema.parse(params);
  const orders = await findOrders(filters, PAGE_SIZE + 1);
  const query = new URLSearchParams(Object.entries(params).filter(([k, v]) => k !== "page" && v)).toString();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Orders</h1>
      <form method="get" aria-label="Filter orders" className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          Status
          <br />
          <select name="status" defaultValue={filters.status} className={input}>
            {["all", "pending_payment", "paid", "fulfilled", "payment_failed", "expired", "refunded", "failed_lines"].map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Email
          <br />
          <input name="email" defaultValue={filters.email} className={input} />
        </label>
        <label className="text-sm">
          ICCID
          <br />
          <input name="iccid" defaultValue={filters.iccid} inputMode="numeric" className={input} />
        </label>
        <label className="text-sm">
          From
          <br />
          <input type="date" name="from" defaultValue={filters.from} className={input} />
        </label>
        <label className="text-sm">
          To
          <br />
          <input type="date" name="to" defaultValue={filters.to} className={input} />
        </label>
        <button className="h-10 rounded-lg bg-slate-900 px-3 text-sm font-semibold text-white">Filter</button>
        <a href={`/admin/orders/export?${query}`} className="h-10 rounded-lg border border-slate-300 px-3 py-2 text-sm">
          Export CSV
        </a>
      </form>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th className="py-2">Created</th>
            <th>Email</th>
            <th>Status</th>
            <th>Lines</th>
            <th className="text-right">Total</th>
          </tr>
        </thead>
        <tbody>
          {orders.slice(0, PAGE_SIZE).map((o) => (
            <tr key={o.id} data-testid="admin-order" className="border-t border-slate-200">
              <td className="py-2">
                <Link href={`/admin/orders/${o.id}`} className="text-brand-700 underline">
                  <Time value={o.createdAt} />
                </Link>
              </td>
              <td>{o.email}</td>
              <td>
                <StatusLabel status={o.status} />
              </td>
              <td>{o.lines.map((l) => `${l.bundleName} ×${l.quantity} · ${statusLabel(l.fulfilmentStatus)}`).join(", ")}</td>
              <td className="text-right">
                <Money minor={o.totalMinor} currency={o.currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {filters.page > 1 && <Link href={`?${query}&page=${filters.page - 1}`}>← Newer</Link>}
        {orders.length > PAGE_SIZE && <Link href={`?${query}&page=${filters.page + 1}`}>Older →</Link>}
      </nav>
    </div>
  );
}
