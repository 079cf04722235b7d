import Link from "next/link";
import { z } from "zod";
import { ResultList } from "@/components/admin/result-list";
import { StatusLabel } from "@/components/ui/status-label";
import { Time } from "@/components/ui/time";
import { searchCustomers } from "@/lib/admin/customers";
import { requireStaff } from "@/lib/auth/session";
import { SearchBox } from "@/components/admin/filters";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";
import { EsimLink, OrderLink } from "@/components/admin/record-links";

const params = z.object({ q: z.string().max(254).catch("") });

// One box: an email (or part of it), an ICCID (or its first digits), or an order id.
export default async function CustomersPage({ searchParams }: PageProps) {
  await requireStaff();
  const { q } = params.parse(await searchParams);
  const found = await searchCustomers(q);
  const nothing = q && found.users.length + found.esims.length + found.orders.length === 0;
  return (
    <AdminPage title="Customers and eSIMs" roomy>
      <SearchBox id="customer-q" label="Email, ICCID or order id" defaultValue={q} />
      {nothing && <p className="text-slate-600">Nothing matches “{q}”.</p>}
      <ResultList title="Customers" items={found.users} itemKey={(u) => u.id} testId="found-customer">
        {(u) => (
          <>
            <Link href={`/admin/customers/${u.id}`} className="text-brand-700 underline">
              {u.email}
            </Link>{" "}
            · {u.role} · since <Time value={u.createdAt} precision="date" />
          </>
        )}
      </ResultList>
      <ResultList title="eSIMs" items={found.esims} itemKey={(e) => e.iccid} testId="found-esim">
        {(e) => (
          <>
            <EsimLink iccid={e.iccid} /> · {e.ownerEmail} · {e.state} · <Time value={e.createdAt} precision="date" />
          </>
        )}
      </ResultList>
      <ResultList title="Orders" items={found.orders} itemKey={(o) => o.id}>
        {(o) => (
          <>
            <OrderLink id={o.id}>{o.id}</OrderLink> · {o.email} · <StatusLabel status={o.status} /> ·{" "}
            <Time value={o.createdAt} precision="date" />
          </>
        )}
      </ResultList>
    </AdminPage>
  );
}
