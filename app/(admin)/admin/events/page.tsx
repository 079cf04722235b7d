import Link from "next/link";
import { eventFiltersSchema, inboundEvents } from "@/lib/admin/events";
import { requireStaff } from "@/lib/auth/session";
import { Time } from "@/components/ui/time";

const input = "h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm";

// What Stripe and eSIM Go told the store: processed webhook events and stored callbacks. Rejected
// ones (bad signature, unknown shape) are in the JSON logs with their request id.
export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff();
  const f = eventFiltersSchema.parse(await searchParams);
  const events = await inboundEvents(f);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Webhook and callback events</h1>
      <form method="get" aria-label="Filter events" className="flex flex-wrap items-end gap-2 text-sm">
        <label>
          Source
          <br />
          <select name="source" defaultValue={f.source} className={input}>
            <option value="all">all</option>
            <option value="stripe">Stripe webhooks</option>
            <option value="esimgo">eSIM Go callbacks</option>
          </select>
        </label>
        <label>
          Type contains
          <br />
          <input name="type" defaultValue={f.type} placeholder="checkout.session, Utilisation…" className={input} />
        </label>
        <label>
          Event id, ICCID or bundle
          <br />
          <input name="q" defaultValue={f.q} className={input} />
        </label>
        <label>
          Since
          <br />
          <input type="date" name="from" defaultValue={f.from} className={input} />
        </label>
        <label className="flex h-10 items-center gap-2">
          <input type="checkbox" name="review" value="1" defaultChecked={f.review === "1"} /> Needs review only
        </label>
        <button className="h-10 rounded-lg bg-slate-900 px-3 font-semibold text-white">Filter</button>
      </form>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th className="py-2">Received</th>
            <th>Source</th>
            <th>Type</th>
            <th>Event / ICCID</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} data-testid="inbound-event" className="border-t border-slate-200">
              <td className="py-1">
                <Time value={e.at} precision="second" />
              </td>
              <td>{e.source === "stripe" ? "Stripe" : "eSIM Go"}</td>
              <td>
                {e.type}
                {e.needsReview && <span className="ml-2 rounded bg-amber-100 px-1 text-amber-900">needs review</span>}
              </td>
              <td className="font-mono text-xs">
                {e.source === "esimgo" ? (
                  <Link href={`/admin/esims/${e.subject}`} className="text-brand-700 underline">
                    {e.subject}
                  </Link>
                ) : (
                  e.subject
                )}
              </td>
              <td>{e.detail}</td>
            </tr>
          ))}
          {events.length === 0 && (
            <tr>
              <td colSpan={5} className="py-2 text-slate-600">
                No events match.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
