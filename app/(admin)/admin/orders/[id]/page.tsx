import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money/minor-units";
import { addNoteAction, resendEmailAction, retryFulfilmentAction } from "./actions";

type Event = { at: Date; kind: string; text: string };

// One order for staff: lines and their fulfilment, and a timeline of everything that happened
// (payment, every eSIM Go call, emails, staff actions). Activation data is never shown here.
export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const order = await db.order.findUnique({ where: { id }, include: { lines: { include: { esims: { select: { iccid: true } } } }, emails: { select: { id: true, subject: true, status: true, createdAt: true, sentAt: true, to: true } }, refunds: true } });
  if (!order) notFound();
  const [calls, audits] = await Promise.all([
    db.providerCall.findMany({ where: { orderLineId: { in: order.lines.map((l) => l.id) } }, orderBy: { createdAt: "asc" }, select: { createdAt: true, method: true, path: true, status: true, outcome: true, error: true, durationMs: true } }),
    db.auditLog.findMany({ where: { targetType: "order", targetId: id }, orderBy: { createdAt: "asc" } }),
  ]);
  const events: Event[] = [
    { at: order.createdAt, kind: "order", text: `Created, ${formatMoney(order.totalMinor, order.currency)}, checkout ${order.stripeCheckoutSessionId ?? "–"}` },
    ...(order.paidAt ? [{ at: order.paidAt, kind: "payment", text: `Paid (${order.stripePaymentIntentId ?? "–"})` }] : []),
    ...calls.map((c) => ({ at: c.createdAt, kind: "eSIM Go", text: `${c.method} ${c.path} → ${c.status ?? c.outcome} in ${c.durationMs} ms${c.error ? `: ${c.error}` : ""}` })),
    ...order.emails.map((m) => ({ at: m.createdAt, kind: "email", text: `${m.subject} → ${m.to} (${m.status})` })),
    ...order.refunds.map((r) => ({ at: r.createdAt, kind: "refund", text: `${formatMoney(r.amountMinor, r.currency)} ${r.method} (${r.status}): ${r.reason}` })),
    ...audits.map((a) => ({ at: a.createdAt, kind: "staff", text: `${a.action}${a.details ? `: ${JSON.stringify(a.details)}` : ""}` })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const retryable = order.lines.some((l) => l.fulfilmentStatus === "esim_failed" || l.fulfilmentStatus === "esim_pending");

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/orders" className="text-sm text-brand-700">← Orders</Link>
        <h1 className="text-2xl font-bold">Order {order.id}</h1>
        <p className="text-sm text-slate-600">{order.email} · {order.status.replace("_", " ")} · {formatMoney(order.totalMinor, order.currency)}</p>
      </div>
      <section aria-label="Lines" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">Lines</h2>
        <ul className="mt-2 space-y-2 text-sm">
          {order.lines.map((l) => (
            <li key={l.id} data-testid="admin-line">
              <strong>{l.bundleName}</strong> ×{l.quantity} · <span data-testid="admin-line-status">{l.fulfilmentStatus.replace("_", " ")}</span> · attempts {l.attempts}
              {l.esimgoOrderReference && <> · eSIM Go order {l.esimgoOrderReference}</>}
              {l.esims.length > 0 && <> · ICCID {l.esims.map((e) => e.iccid).join(", ")}</>}
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
      </section>
      <section aria-label="Timeline" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">Timeline</h2>
        <ol className="mt-2 space-y-1 text-sm" data-testid="timeline">
          {events.map((e, i) => (
            <li key={i}><span className="text-slate-600">{e.at.toISOString().slice(0, 19).replace("T", " ")}</span> <span className="font-medium">{e.kind}</span> {e.text}</li>
          ))}
        </ol>
        <form action={addNoteAction} className="mt-4 flex gap-2">
          <input type="hidden" name="orderId" value={order.id} />
          <label htmlFor="note" className="sr-only">Note</label>
          <input id="note" name="note" required maxLength={2000} placeholder="Add a note for the team" className="h-10 flex-1 rounded-lg border border-slate-300 px-2 text-sm" />
          <button className="rounded-lg border border-slate-300 px-3 text-sm font-semibold">Add note</button>
        </form>
      </section>
    </div>
  );
}
