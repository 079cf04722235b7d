import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InstallButtons } from "@/components/store/install-buttons";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { CopyButton } from "@/components/ui/copy-button";
import { nudgeWaitingLinesAfterRender } from "@/lib/fulfilment/start";
import { verifyOrderAccessToken } from "@/lib/orders/access-token";
import { loadOrderView, type LineView, type OrderView } from "@/lib/orders/order-view";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";

export const metadata: Metadata = { title: "Your eSIM", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string }> };

// The thank-you page. Only the buyer's signed link opens it; anyone else gets 404. It refreshes
// itself while payment and fulfilment run, and nudges fulfilment if a paid line is still waiting.
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { token }] = await Promise.all([params, searchParams]);
  if (!verifyOrderAccessToken(id, token)) notFound();
  const order = await loadOrderView(id);
  if (!order) notFound();
  nudgeWaitingLinesAfterRender(order.lines.filter((l) => l.status === "paid").map((l) => l.id));

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      {!order.settled && <AutoRefresh everyMs={1500} />}
      <Headline order={order} />
      <div className="mt-6 space-y-6">
        {order.lines.map((line) => (
          <LineCard key={line.id} line={line} />
        ))}
      </div>
      <p className="mt-8 text-sm text-slate-600">
        Order {order.id} · <Money minor={order.totalMinor} currency={order.currency} /> · confirmation sent to {order.email}
      </p>
    </div>
  );
}

function Headline({ order }: { order: OrderView }) {
  const [title, text] =
    order.status === "pending_payment"
      ? ["Confirming your payment…", "This usually takes a few seconds. Keep this page open."]
      : order.status === "payment_failed" || order.status === "expired"
        ? ["Payment did not go through", "Nothing was charged. You can try again with another card."]
        : order.status === "refunded"
          ? ["This order was refunded", "The refund goes back to your card within 5-10 days."]
          : order.status === "fulfilled"
            ? ["Your eSIM is ready", "Install it now, while you have Wi-Fi. We also emailed you these details."]
            : ["Payment received", "We are preparing your eSIM. This takes a few seconds."];
  return (
    <header role="status" aria-live="polite">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-slate-600">{text}</p>
    </header>
  );
}

const STATUS_TEXT: Record<LineView["status"], string> = {
  pending_payment: "Waiting for payment",
  paid: "Paid · preparing",
  provisioning: "Preparing your eSIM…",
  fulfilled: "Ready",
  esim_pending: "Still working on it: retrying automatically",
  esim_failed: "Could not be delivered",
  cancelled: "Cancelled",
};

function LineCard({ line }: { line: LineView }) {
  return (
    <Card as="section" padding="lg" className="shadow-sm" aria-label={line.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {line.name}
          {line.kind === "topup" ? " top-up" : ""}
          {line.quantity > 1 ? ` × ${line.quantity}` : ""}
        </h2>
        <span data-testid="line-status" className="text-sm font-medium text-slate-700">
          {STATUS_TEXT[line.status]}
        </span>
      </div>
      {line.status === "esim_pending" && (
        <p className="mt-2 text-sm text-amber-800">
          Our eSIM provider is slow to answer. You will get an email as soon as your eSIM is ready.
        </p>
      )}
      {line.status === "esim_failed" && (
        <p className="mt-2 text-sm text-red-800">
          We could not deliver this eSIM. Nothing more is needed from you: our team has been alerted and will either send it to you by email
          or refund you in full, usually within a day.
        </p>
      )}
      {line.kind === "topup" && line.status === "fulfilled" && (
        <p className="mt-2 text-sm text-slate-700">
          Added to your eSIM {line.targetIccid}. Nothing to install: it starts when your current plan ends.
        </p>
      )}
      {line.esims.map((esim) => (
        <div key={esim.iccid} data-testid="esim" className="mt-5 grid gap-5 border-t border-slate-100 pt-5 sm:grid-cols-[220px_1fr]">
          <div
            className="mx-auto w-[220px]"
            data-testid="qr"
            role="img"
            aria-label="QR code to install your eSIM"
            dangerouslySetInnerHTML={{ __html: esim.qr }}
          />
          <div className="min-w-0 space-y-3 text-sm">
            <Field label="Activation code" value={esim.lpa} testId="activation-code" />
            <Field label="SM-DP+ address" value={esim.smdpAddress} testId="smdp" />
            <Field label="Matching ID" value={esim.matchingId} testId="matching-id" />
            <p className="text-xs text-slate-600">ICCID {esim.iccid}</p>
            <InstallButtons appleUrl={esim.appleUrl} androidUrl={esim.androidUrl} />
          </div>
        </div>
      ))}
      {line.esims.length > 0 && (
        <ol className="mt-5 list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>Connect to Wi-Fi and keep this page open.</li>
          <li>
            Tap the install button for your phone, or scan the QR code from another screen (Settings → Mobile service / SIMs → Add eSIM).
          </li>
          <li>Label the new line &ldquo;Travel&rdquo; and keep your home SIM for calls if you like.</li>
          <li>When you land, choose the travel eSIM for mobile data and turn on data roaming for it.</li>
        </ol>
      )}
    </Card>
  );
}

function Field({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <p className="text-slate-600">{label}</p>
      <div className="mt-1 flex items-center gap-2">
        <code data-testid={testId} className="min-w-0 flex-1 break-all rounded-lg bg-slate-100 px-2 py-1.5 font-mono text-[13px]">
          {value}
        </code>
        <CopyButton value={value} label={label} />
      </div>
    </div>
  );
}
