import { z } from "zod";
import { reverseReferralCreditAction } from "@/components/admin/credits/actions";
import { AdminPage } from "@/components/admin/admin-page";
import { FilterForm, TextFilter } from "@/components/admin/filters";
import { ReasonForm } from "@/components/admin/reason-form";
import { DataTable } from "@/components/ui/data-table";
import { Flash } from "@/components/ui/flash";
import { Money } from "@/components/ui/money";
import { Time } from "@/components/ui/time";
import { requireStaff } from "@/lib/auth/session";
import type { PageProps } from "@/lib/http/page-props";
import { staffReferrals } from "@/lib/referrals/staff-referrals";

const params = z.object({ email: z.string().trim().max(254).catch("") });

// Referral credits: each new customer's first delivered order through a link, what the referrer
// got, and a way to take it back (a reversal in the credit ledger).
export default async function ReferralsPage({ searchParams }: PageProps) {
  await requireStaff();
  const query = await searchParams;
  const p = params.parse(query);
  const referrals = await staffReferrals({ email: p.email });
  return (
    <AdminPage title="Referrals" roomy>
      <Flash params={query} testId="referral-result" />
      <FilterForm label="Filter referrals">
        <TextFilter label="Email" name="email" defaultValue={p.email} />
      </FilterForm>
      <DataTable
        rows={referrals}
        rowKey={(r) => r.id}
        rowTestId="referral-row"
        top
        empty="No referrals yet."
        columns={[
          { header: "When", cell: (r) => <Time value={r.createdAt} /> },
          {
            header: "Referrer",
            cell: (r) => (
              <a href={`/admin/customers/${r.referrer.id}`} className="text-brand-700 underline">
                {r.referrer.email}
              </a>
            ),
          },
          {
            header: "New customer",
            cell: (r) => (
              <>
                {r.referredEmail}
                <a href={`/admin/orders/${r.orderId}`} className="block text-xs text-brand-700">
                  order {r.orderId}
                </a>
              </>
            ),
          },
          { header: "Status", testId: "referral-status", cell: (r) => (r.reason ? `${r.status}: ${r.reason}` : r.status) },
          {
            header: "Credit",
            align: "right",
            className: "tabular-nums",
            cell: (r) => <Money minor={r.amountMinor} currency={r.currency} />,
          },
          {
            header: "",
            className: "pl-3",
            cell: (r) =>
              r.status === "credited" && r.creditEntryId ? (
                <ReasonForm action={reverseReferralCreditAction} id={r.creditEntryId} verb="Reverse" danger />
              ) : null,
          },
        ]}
      />
    </AdminPage>
  );
}
