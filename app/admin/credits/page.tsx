import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { ledgerEntries } from "@/lib/money/staff-credits";
import { env } from "@/lib/config/env";
import { confirmCreditAction, recordCreditAction, reverseCreditAction, voidCreditAction } from "@/components/admin/credits/actions";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm, inputClass, SelectFilter, TextFilter } from "@/components/admin/filters";
import { Flash } from "@/components/ui/flash";
import { Time } from "@/components/ui/time";
import { Money } from "@/components/ui/money";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";
import { ReasonForm } from "@/components/admin/reason-form";
import { CURRENCIES } from "@/lib/i18n/locales";

const params = z.object({
  status: z.enum(["pending", "confirmed", "voided"]).optional().catch(undefined),
  email: z.string().trim().max(254).catch(""),
});

const STATUSES = { "": "all", pending: "pending", confirmed: "confirmed", voided: "voided" };

// The credit ledger: every entry stays; balances are sums of confirmed entries. A credit is
// recorded, then confirmed as a second step; a confirmed credit is reversed by a new entry.
export default async function CreditsPage({ searchParams }: PageProps) {
  await requireStaff();
  const query = await searchParams;
  const p = params.parse(query);
  const entries = await ledgerEntries({ status: p.status, email: p.email });
  return (
    <AdminPage title="Credit ledger" roomy>
      <Flash params={query} testId="credit-result" />
      <form
        action={recordCreditAction}
        aria-label="Record a credit"
        className="grid gap-2 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_8rem_1fr_1fr_auto] sm:items-end"
      >
        <label className="text-sm">
          Customer email
          <br />
          <input name="email" type="email" required defaultValue={p.email} className={`${inputClass} w-full`} />
        </label>
        <label className="text-sm">
          Amount
          <br />
          <span className="flex gap-1">
            <input name="amount" required inputMode="decimal" placeholder="10.00" className={`${inputClass} w-full`} />
            <select name="currency" aria-label="Currency" defaultValue={env().STORE_CURRENCY} className={inputClass}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </span>
        </label>
        <label className="text-sm">
          Reason (shown to the customer)
          <br />
          <input name="reason" required maxLength={200} className={`${inputClass} w-full`} />
        </label>
        <label className="text-sm">
          Order id (optional)
          <br />
          <input name="orderId" className={`${inputClass} w-full`} />
        </label>
        <button className="h-10 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white">Record credit</button>
      </form>
      <FilterForm label="Filter the ledger">
        <SelectFilter label="Status" name="status" defaultValue={p.status ?? ""} options={STATUSES} />
        <TextFilter label="Email" name="email" defaultValue={p.email} />
      </FilterForm>
      <DataTable
        rows={entries}
        rowKey={(c) => c.id}
        rowTestId="ledger-entry"
        top
        empty="No entries."
        columns={[
          { header: "When", cell: (c) => <Time value={c.createdAt} /> },
          {
            header: "Customer",
            cell: (c) => (
              <a href={`/admin/customers/${c.user.id}`} className="text-brand-700 underline">
                {c.user.email}
              </a>
            ),
          },
          {
            header: "Reason",
            cell: (c) => (
              <>
                {c.reason}
                {c.orderId && (
                  <a href={`/admin/orders/${c.orderId}`} className="block text-xs text-brand-700">
                    order {c.orderId}
                  </a>
                )}
              </>
            ),
          },
          { header: "Status", testId: "ledger-status", cell: (c) => `${c.status}${c.reversal ? " · reversed" : ""}` },
          {
            header: "Amount",
            align: "right",
            className: "tabular-nums",
            cell: (c) => (
              <span className={c.amountMinor < 0 ? "text-red-700" : "text-emerald-700"}>
                <Money minor={c.amountMinor} currency={c.currency} />
              </span>
            ),
          },
          {
            header: "",
            className: "pl-3",
            cell: (c) => (
              <EntryActions
                id={c.id}
                status={c.status}
                reversible={c.status === "confirmed" && c.amountMinor > 0 && !c.reversal && !c.reversesId}
              />
            ),
          },
        ]}
      />
    </AdminPage>
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
        <ReasonForm action={voidCreditAction} id={id} verb="Void" />
      </div>
    );
  }
  return reversible ? <ReasonForm action={reverseCreditAction} id={id} verb="Reverse" danger /> : null;
}
