import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { ledgerEntries } from "@/lib/money/staff-credits";
import { env } from "@/lib/config/env";
import { confirmCreditAction, recordCreditAction, reverseCreditAction, voidCreditAction } from "@/components/admin/credits/actions";
import { Flash } from "@/components/ui/flash";
import { Time } from "@/components/ui/time";
import { Money } from "@/components/ui/money";

const params = z.object({
  status: z.enum(["pending", "confirmed", "voided"]).optional().catch(undefined),
  email: z.string().trim().max(254).catch(""),
});
const input = "h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm";

// The credit ledger: every entry stays; balances are sums of confirmed entries. A credit is
// recorded, then confirmed as a second step; a confirmed credit is reversed by a new entry.
export default async function CreditsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff();
  const query = await searchParams;
  const p = params.parse(query);
  const entries = await ledgerEntries({ status: p.status, email: p.email });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Credit ledger</h1>
      <Flash params={query} testId="credit-result" />
      <form
        action={recordCreditAction}
        aria-label="Record a credit"
        className="grid gap-2 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_8rem_1fr_1fr_auto] sm:items-end"
      >
        <label className="text-sm">
          Customer email
          <br />
          <input name="email" type="email" required defaultValue={p.email} className={`${input} w-full`} />
        </label>
        <label className="text-sm">
          Amount ({env().STORE_CURRENCY})<br />
          <input name="amount" required inputMode="decimal" placeholder="10.00" className={`${input} w-full`} />
        </label>
        <label className="text-sm">
          Reason (shown to the customer)
          <br />
          <input name="reason" required maxLength={200} className={`${input} w-full`} />
        </label>
        <label className="text-sm">
          Order id (optional)
          <br />
          <input name="orderId" className={`${input} w-full`} />
        </label>
        <button className="h-10 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white">Record credit</button>
      </form>
      <form method="get" aria-label="Filter the ledger" className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          Status
          <br />
          <select name="status" defaultValue={p.status ?? ""} className={input}>
            <option value="">all</option>
            <option value="pending">pending</option>
            <option value="confirmed">confirmed</option>
            <option value="voided">voided</option>
          </select>
        </label>
        <label className="text-sm">
          Email
          <br />
          <input name="email" defaultValue={p.email} className={input} />
        </label>
        <button className="h-10 rounded-lg bg-slate-900 px-3 text-sm font-semibold text-white">Filter</button>
      </form>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th className="py-2">When</th>
            <th>Customer</th>
            <th>Reason</th>
            <th>Status</th>
            <th className="text-right">Amount</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {entries.map((c) => (
            <tr key={c.id} data-testid="ledger-entry" className="border-t border-slate-200 align-top">
              <td className="py-2">
                <Time value={c.createdAt} />
              </td>
              <td>
                <a href={`/admin/customers/${c.user.id}`} className="text-brand-700 underline">
                  {c.user.email}
                </a>
              </td>
              <td>
                {c.reason}
                {c.orderId && (
                  <a href={`/admin/orders/${c.orderId}`} className="block text-xs text-brand-700">
                    order {c.orderId}
                  </a>
                )}
              </td>
              <td data-testid="ledger-status">
                {c.status}
                {c.reversal && " · reversed"}
              </td>
              <td className={`text-right ${c.amountMinor < 0 ? "text-red-700" : "text-emerald-700"}`}>
                <Money minor={c.amountMinor} currency={c.currency} />
              </td>
              <td className="pl-3">
                <EntryActions
                  id={c.id}
                  status={c.status}
                  reversible={c.status === "confirmed" && c.amountMinor > 0 && !c.reversal && !c.reversesId}
                />
              </td>
            </tr>
          ))}
          {entries.length === 0 && (
            <tr>
              <td colSpan={6} className="py-2 text-slate-600">
                No entries.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function EntryActions({ id, status, reversible }: { id: string; status: string; reversible: boolean }) {
  if (status === "pending") {
    return (
      <div className="flex flex-col gap-1">
        <form action={confirmCreditAction}>
          <input type="hidden" name="entryId" value={id} />
          <button className="rounded-lg bg-emerald-700 px-3 py-1 font-semibold text-white">Confirm</button>
        </form>
        <form action={voidCreditAction} className="flex gap-1">
          <input type="hidden" name="entryId" value={id} />
          <input
            name="reason"
            required
            placeholder="Why void?"
            aria-label="Reason to void"
            className="h-8 w-28 rounded border border-slate-300 px-1"
          />
          <button className="rounded-lg border border-slate-300 px-2">Void</button>
        </form>
      </div>
    );
  }
  if (!reversible) return null;
  return (
    <form action={reverseCreditAction} className="flex gap-1">
      <input type="hidden" name="entryId" value={id} />
      <input
        name="reason"
        required
        placeholder="Why reverse?"
        aria-label="Reason to reverse"
        className="h-8 w-28 rounded border border-slate-300 px-1"
      />
      <button className="rounded-lg border border-red-300 px-2 text-red-800">Reverse</button>
    </form>
  );
}
