import { DataTable } from "@/components/ui/data-table";
import { FilterForm, Pager, SelectFilter, TextFilter } from "@/components/admin/filters";
import { Money } from "@/components/ui/money";
import { StatusLabel } from "@/components/ui/status-label";
import { Time } from "@/components/ui/time";
import { requireStaff } from "@/lib/auth/session";
import { findOrders, orderFiltersSchema, PAGE_SIZE } from "@/lib/orders/staff-orders";
import { statusLabel } from "@/lib/status-labels";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";
import { OrderLink } from "@/components/admin/record-links";

const STATUSES = ["all", "pending_payment", "paid", "fulfilled", "payment_failed", "expired", "refunded", "failed_lines"];

export default async function AdminOrdersPage({ searchParams }: PageProps) {
  await requireStaff();
  const params = await searchParams;
  const filters = orderFiltersSchema.parse(params);
  const orders = await findOrders(filters, PAGE_SIZE + 1);
  const query = new URLSearchParams(Object.entries(params).filter(([k, v]) => k !== "page" && v)).toString();
  const exportLink = (
    <a href={`/admin/orders/export?${query}`} className="h-10 rounded-lg border border-slate-300 px-3 py-2">
      Export CSV
    </a>
  );
  return (
    <AdminPage title="Orders">
      <FilterForm label="Filter orders" after={exportLink}>
        <SelectFilter
          label="Status"
          name="status"
          defaultValue={filters.status}
          options={Object.fromEntries(STATUSES.map((s) => [s, statusLabel(s)]))}
        />
        <TextFilter label="Email" name="email" defaultValue={filters.email} />
        <TextFilter label="ICCID" name="iccid" defaultValue={filters.iccid} numeric />
        <TextFilter label="From" name="from" type="date" defaultValue={filters.from} />
        <TextFilter label="To" name="to" type="date" defaultValue={filters.to} />
      </FilterForm>
      <DataTable
        rows={orders.slice(0, PAGE_SIZE)}
        rowKey={(o) => o.id}
        rowTestId="admin-order"
        columns={[
          {
            header: "Created",
            cell: (o) => (
              <OrderLink id={o.id}>
                <Time value={o.createdAt} />
              </OrderLink>
            ),
          },
          { header: "Email", cell: (o) => o.email },
          { header: "Status", cell: (o) => <StatusLabel status={o.status} /> },
          {
            header: "Lines",
            cell: (o) => o.lines.map((l) => `${l.bundleName} ×${l.quantity} · ${statusLabel(l.fulfilmentStatus)}`).join(", "),
          },
          { header: "Total", align: "right", cell: (o) => <Money minor={o.totalMinor} currency={o.currency} /> },
        ]}
      />
      <Pager query={query} page={filters.page} hasMore={orders.length > PAGE_SIZE} labels={["← Newer", "Older →"]} />
    </AdminPage>
  );
}
