import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { customerDetail } from "@/lib/admin/customers";
import { creditBalance } from "@/lib/money/credit-ledger";
import { env } from "@/lib/config/env";
import { Time } from "@/components/ui/time";
import { StatusLabel } from "@/components/ui/status-label";
import { statusLabel } from "@/lib/status-labels";
import { Money } from "@/components/ui/money";

const card = "rounded-2xl border border-slate-200 bg-white p-4";

// One customer for staff: orders, eSIMs with their plans, and the credit ledger with the balance.
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const customer = /^[a-z0-9]{20,40}$/.test(id) ? await customerDetail(id) : null;
  if (!customer) notFound();
  const currency = env().STORE_CURRENCY;
  const balance = await creditBalance(customer.id, currency);
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/admin/customers?q=${encodeURIComponent(customer.email ?? "")}`} className="text-sm text-brand-700">
          ← Customers
        </Link>
        <h1 className="text-2xl font-bold">{customer.email}</h1>
        <p className="text-sm text-slate-600">
          {customer.role} · since <Time value={customer.createdAt} /> · credit{" "}
          <strong data-testid="customer-credit">
            <Money minor={balance} currency={currency} />
          </strong>
        </p>
      </div>
      <section aria-label="Orders" className={card}>
        <h2 className="font-semibold">Orders ({customer.orders.length})</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {customer.orders.map((o) => (
            <li key={o.id}>
              <Link href={`/admin/orders/${o.id}`} className="text-brand-700 underline">
                <Time value={o.createdAt} />
              </Link>{" "}
              · <StatusLabel status={o.status} /> · <Money minor={o.totalMinor + o.creditAppliedMinor} currency={o.currency} /> ·{" "}
              {o.lines.map((l) => `${l.bundleName} ×${l.quantity} (${statusLabel(l.fulfilmentStatus)})`).join(", ")}
            </li>
          ))}
          {customer.orders.length === 0 && <li className="text-slate-600">No orders.</li>}
        </ul>
      </section>
      <section aria-label="eSIMs" className={card}>
        <h2 className="font-semibold">eSIMs ({customer.esims.length})</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {customer.esims.map((e) => (
            <li key={e.id}>
              <Link href={`/admin/esims/${e.iccid}`} className="font-mono text-brand-700 underline">
                {e.iccid}
              </Link>{" "}
              · {e.state} · {e.assignments.map((a) => `${a.bundleName} (${a.state})`).join(", ") || "no plans"}
            </li>
          ))}
          {customer.esims.length === 0 && <li className="text-slate-600">No eSIMs.</li>}
        </ul>
      </section>
      <section aria-label="Credit" className={card}>
        <div className="flex items-center justify-between">
          <h2 className="font-semibold">Credit ledger</h2>
          <Link href={`/admin/credits?email=${encodeURIComponent(customer.email ?? "")}`} className="text-sm text-brand-700 underline">
            Record or reverse credit
          </Link>
        </div>
        <ul className="mt-2 space-y-1 text-sm">
          {customer.creditEntries.map((c) => (
            <li key={c.id}>
              <Time value={c.createdAt} /> · <Money minor={c.amountMinor} currency={c.currency} /> · {c.status} · {c.reason}
            </li>
          ))}
          {customer.creditEntries.length === 0 && <li className="text-slate-600">No credit entries.</li>}
        </ul>
      </section>
    </div>
  );
}
