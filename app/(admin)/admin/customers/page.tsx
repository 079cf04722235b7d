import Link from "next/link";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { searchCustomers } from "@/lib/admin/customers";

const params = z.object({ q: z.string().max(254).catch("") });
const stamp = (d: Date) => d.toISOString().slice(0, 10);

// One box: an email (or part of it), an ICCID (or its first digits), or an order id.
export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff();
  const { q } = params.parse(await searchParams);
  const found = await searchCustomers(q);
  const nothing = q && found.users.length + found.esims.length + found.orders.length === 0;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Customers and eSIMs</h1>
      <form method="get" role="search" className="flex gap-2">
        <label htmlFor="customer-q" className="sr-only">
          Email, ICCID or order id
        </label>
        <input
          id="customer-q"
          name="q"
          defaultValue={q}
          placeholder="Email, ICCID or order id"
          className="h-11 flex-1 rounded-xl border border-slate-300 bg-white px-3"
        />
        <button className="rounded-xl bg-slate-900 px-4 text-sm font-semibold text-white">Find</button>
      </form>
      {nothing && <p className="text-slate-600">Nothing matches “{q}”.</p>}
      {found.users.length > 0 && (
        <section aria-label="Customers">
          <h2 className="font-semibold">Customers</h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white text-sm">
            {found.users.map((u) => (
              <li key={u.id} data-testid="found-customer" className="p-3">
                <Link href={`/admin/customers/${u.id}`} className="text-brand-700 underline">
                  {u.email}
                </Link>{" "}
                · {u.role} · since {stamp(u.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {found.esims.length > 0 && (
        <section aria-label="eSIMs">
          <h2 className="font-semibold">eSIMs</h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white text-sm">
            {found.esims.map((e) => (
              <li key={e.iccid} data-testid="found-esim" className="p-3">
                <Link href={`/admin/esims/${e.iccid}`} className="font-mono text-brand-700 underline">
                  {e.iccid}
                </Link>{" "}
                · {e.ownerEmail} · {e.state} · {stamp(e.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {found.orders.length > 0 && (
        <section aria-label="Orders">
          <h2 className="font-semibold">Orders</h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white text-sm">
            {found.orders.map((o) => (
              <li key={o.id} className="p-3">
                <Link href={`/admin/orders/${o.id}`} className="text-brand-700 underline">
                  {o.id}
                </Link>{" "}
                · {o.email} · {o.status.replace("_", " ")} · {stamp(o.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
