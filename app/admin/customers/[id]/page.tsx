import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { customerDetail } from "@/lib/admin/customers";
import { creditBalance } from "@/lib/money/credit-ledger";
import { env } from "@/lib/config/env";
import { Time } from "@/components/ui/time";
import { StatusLabel } from "@/components/ui/status-label";
import { statusLabel } from "@/lib/status-labels";
import { ListCard } from "@/components/ui/list-card";
import { Money } from "@/components/ui/money";
import type { PageProps } from "@/lib/http/page-props";
import { EsimLink, OrderLink } from "@/components/admin/record-links";

// One customer for staff: orders, eSIMs with their plans, and the credit ledger with the balance.
export default async function CustomerPage({ params }: PageProps<{ id: string }>) {
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
      <ListCard title="Orders" items={customer.orders} itemKey={(o) => o.id} empty="No orders.">
        {(o) => (
          <>
            <OrderLink id={o.id}>
              <Time value={o.createdAt} />
            </OrderLink>{" "}
            · <StatusLabel status={o.status} /> · <Money minor={o.totalMinor + o.creditAppliedMinor} currency={o.currency} /> ·{" "}
            {o.lines.map((l) => `${l.bundleName} ×${l.quantity} (${statusLabel(l.fulfilmentStatus)})`).join(", ")}
          </>
        )}
      </ListCard>
      <ListCard title="eSIMs" items={customer.esims} itemKey={(e) => e.id} empty="No eSIMs.">
        {(e) => (
          <>
            <EsimLink iccid={e.iccid} /> · {e.state} · {e.assignments.map((a) => `${a.bundleName} (${a.state})`).join(", ") || "no plans"}
          </>
        )}
      </ListCard>
      <ListCard
        title="Credit ledger"
        items={customer.creditEntries}
        itemKey={(c) => c.id}
        empty="No credit entries."
        aside={
          <Link href={`/admin/credits?email=${encodeURIComponent(customer.email ?? "")}`} className="text-sm text-brand-700 underline">
            Record or reverse credit
          </Link>
        }
      >
        {(c) => (
          <>
            <Time value={c.createdAt} /> · <Money minor={c.amountMinor} currency={c.currency} /> · {c.status} · {c.reason}
          </>
        )}
      </ListCard>
    </div>
  );
}
