import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { orderForStaff } from "@/lib/orders/staff-orders";
import { formatMoney, toMajorString } from "@/lib/money/minor-units";
import { refundable as refundableNow } from "@/lib/orders/staff-refund";
import { addNoteAction, refundOrderAction, resendEmailAction, retryFulfilmentAction } from "@/components/admin/orders/actions";
import { Flash } from "@/components/ui/flash";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { StatusLabel } from "@/components/ui/status-label";
import { Money } from "@/components/ui/money";
import type { PageProps } from "@/lib/http/page-props";

type Event = { at: Date; kind: string; text: string };

// One order for staff: lines and their fulfilment, and a timeline of everything that happened
// (payment, every eSIM Go call, emails, staff actions). Activation data is never shown here.
export default async function AdminOrderPage({ params, searchParams }: PageProps<{ id: string }>) {
  await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const found = await orderForStaff(id);
  if (!found) notFound();
  const { order, calls, history: audits } = found;
  const events: Event[] = [
    {
      at: order.createdAt,
      kind: "order",
      text: `Created, ${formatMoney(order.totalMinor, order.currency)}, checkout ${order.stripeCheckoutSessionId ?? "–"}`,
    },
    ...(order.paidAt ? [{ at: order.paidAt, kind: "payment", text: `Paid (${order.stripePaymentIntentId ?? "–"})` }] : []),
    ...calls.map((c) => ({
      at: c.createdAt,
      kind: "eSIM Go",
      text: `${c.method} ${c.path} → ${c.status ?? c.outcome} in ${c.durationMs} ms${c.error ? `: ${c.error}` : ""}`,
    })),
    ...order.emails.map((m) => ({ at: m.createdAt, kind: "email", text: `${m.subject} → ${m.to} (${m.status})` })),
    ...order.refunds.map((r) => ({
      at: r.createdAt,
      kind: "refund",
      text: `${formatMoney(r.amountMinor, r.currency)} ${r.method} (${r.status}): ${r.reason}`,
    })),
    ...audits.map((a) => ({ at: a.createdAt, kind: "staff", text: `${a.action}${a.details ? `: ${JSON.stringify(a.details)}` : ""}` })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const refundable = await refundableNow(order.id);
  const retryable = order.lines.some((l) => l.fulfilmentStatus === "esim_failed" || l.fulfilmentStatus === "esim_pending");

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/orders" className="text-sm text-brand-700">
          ← Orders
        </Link>
        <h1 className="text-2xl font-bold">Order {order.id}</h1>
        <p className="text-sm text-slate-600">
          {order.userId ? (
            <Link href={`/admin/customers/${order.userId}`} className="text-brand-700 underline">
              {order.email}
            </Link>
          ) : (
            `${order.email} (guest)`
          )}{" "}
          · <StatusLabel status={order.status} /> · <Money minor={order.totalMinor} currency={order.currency} />
          {order.creditAppliedMinor > 0 && (
            <>
              {" "}
              + <Money minor={order.creditAppliedMinor} currency={order.currency} /> store credit
            </>
          )}
        </p>
      </div>
      <Flash params={query} testId="order-result" />
      <Card as="section" padding="md" aria-label="Lines">
        <h2 className="font-semibold">Lines</h2>
        <ul className="mt-2 space-y-2 text-sm">
          {order.lines.map((l) => (
            <li key={l.id} data-testid="admin-line">
              <strong>{l.bundleName}</strong> ×{l.quantity} · <StatusLabel status={l.fulfilmentStatus} testId="admin-line-status" /> ·
              attempts {l.attempts}
              {l.esimgoOrderReference && <> · eSIM Go order {l.esimgoOrderReference}</>}
              {l.esims.length > 0 && (
                <>
                  {" "}
                  · ICCID{" "}
                  {l.esims.map((e) => (
                    <Link key={e.iccid} href={`/admin/esims/${e.iccid}`} className="font-mono text-brand-700 underline">
                      {e.iccid}
                    </Link>
                  ))}
                </>
              )}
              {l.lastError && <p className="text-red-800">{l.lastError}</p>}
            </li>
          ))}
        </ul>
        <div className="mt-4 flex flex-wrap gap-2">
          {retryable && (
            <form action={retryFulfilmentAction}>
              <input type="hidden" name="orderId" value={order.id} />
              <button className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white">Retry fulfilment</button>
            </form>
          )}
          {order.status === "fulfilled" && (
            <form action={resendEmailAction}>
              <input type="hidden" name="orderId" value={order.id} />
              <button className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-semibold">Resend activation email</button>
            </form>
          )}
        </div>
      </Card>
      {refundable && refundable.left > 0 && (
        <Card as="section" padding="md" aria-label="Refund">
          <h2 className="font-semibold">Refund</h2>
          <p className="text-sm text-slate-600">
            Up to <Money minor={refundable.card} currency={order.currency} /> to the card
            {refundable.credit > 0
              ? `, or up to ${formatMoney(refundable.credit, order.currency)} as store credit`
              : " (guest order: no store credit)"}
            . Failed lines stop retrying once refunded.
          </p>
          <form action={refundOrderAction} className="mt-2 flex flex-wrap items-end gap-2 text-sm">
            <input type="hidden" name="orderId" value={order.id} />
            <label>
              Amount
              <br />
              <input
                name="amount"
                required
                inputMode="decimal"
                defaultValue={toMajorString(Math.max(refundable.card, refundable.credit), order.currency)}
                className="h-10 w-28 rounded-lg border border-slate-300 px-2"
              />
            </label>
            <label>
              To
              <br />
              <select name="method" className="h-10 rounded-lg border border-slate-300 px-2">
                {refundable.card > 0 && <option value="card">card (Stripe)</option>}
                {refundable.credit > 0 && <option value="credit">store credit</option>}
              </select>
            </label>
            <label className="flex-1">
              Reason
              <br />
              <input name="reason" required maxLength={200} className="h-10 w-full rounded-lg border border-slate-300 px-2" />
            </label>
            <button className="h-10 rounded-lg bg-red-700 px-3 font-semibold text-white">Refund</button>
          </form>
        </Card>
      )}
      <Card as="section" padding="md" aria-label="Timeline">
        <h2 className="font-semibold">Timeline</h2>
        <ol className="mt-2 space-y-1 text-sm" data-testid="timeline">
          {events.map((e, i) => (
            <li key={i}>
              <span className="text-slate-600">
                <Time value={e.at} precision="second" />
              </span>{" "}
              <span className="font-medium">{e.kind}</span> {e.text}
            </li>
          ))}
        </ol>
        <form action={addNoteAction} className="mt-4 flex gap-2">
          <input type="hidden" name="orderId" value={order.id} />
          <label htmlFor="note" className="sr-only">
            Note
          </label>
          <input
            id="note"
            name="note"
            required
            maxLength={2000}
            placeholder="Add a note for the team"
            className="h-10 flex-1 rounded-lg border border-slate-300 px-2 text-sm"
          />
          <button className="rounded-lg border border-slate-300 px-3 text-sm font-semibold">Add note</button>
        </form>
      </Card>
    </div>
  );
}
