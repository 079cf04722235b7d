import Link from "next/link";
import { eventFiltersSchema, inboundEvents } from "@/lib/admin/events";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm, SelectFilter, TextFilter } from "@/components/admin/filters";
import { Time } from "@/components/ui/time";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";
import { staffList } from "@/lib/admin/staff-list";

// What Stripe and eSIM Go told the store: processed webhook events and stored callbacks. Rejected
// ones (bad signature, unknown shape) are in the JSON logs with their request id.
const SOURCES = { all: "all", stripe: "Stripe webhooks", esimgo: "eSIM Go callbacks" };

export default async function EventsPage({ searchParams }: PageProps) {
  const { f, rows: events } = await staffList(searchParams, eventFiltersSchema, inboundEvents);
  return (
    <AdminPage title="Webhook and callback events">
      <FilterForm label="Filter events">
        <SelectFilter label="Source" name="source" defaultValue={f.source} options={SOURCES} />
        <TextFilter label="Type contains" name="type" defaultValue={f.type} placeholder="checkout.session, Utilisation…" />
        <TextFilter label="Event id, ICCID or bundle" name="q" defaultValue={f.q} />
        <TextFilter label="Since" name="from" type="date" defaultValue={f.from} />
        <label className="flex h-10 items-center gap-2">
          <input type="checkbox" name="review" value="1" defaultChecked={f.review === "1"} /> Needs review only
        </label>
      </FilterForm>
      <DataTable
        rows={events}
        rowKey={(e) => e.id}
        rowTestId="inbound-event"
        empty="No events match."
        columns={[
          { header: "Received", cell: (e) => <Time value={e.at} precision="second" /> },
          { header: "Source", cell: (e) => (e.source === "stripe" ? "Stripe" : "eSIM Go") },
          {
            header: "Type",
            cell: (e) => (
              <>
                {e.type}
                {e.needsReview && <span className="ml-2 rounded bg-amber-100 px-1 text-amber-900">needs review</span>}
              </>
            ),
          },
          {
            header: "Event / ICCID",
            className: "font-mono text-xs",
            cell: (e) =>
              e.source === "esimgo" ? (
                <Link href={`/admin/esims/${e.subject}`} className="text-brand-700 underline">
                  {e.subject}
                </Link>
              ) : (
                e.subject
              ),
          },
          { header: "Detail", cell: (e) => e.detail },
        ]}
      />
    </AdminPage>
  );
}
