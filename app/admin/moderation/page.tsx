import { requireStaff } from "@/lib/auth/session";
import { pendingRequests } from "@/lib/admin/moderation";
import { Flash } from "@/components/ui/flash";
import { decideAction } from "@/components/admin/moderation/actions";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { statusLabel } from "@/lib/status-labels";
import { Money } from "@/components/ui/money";
import { AdminPage } from "@/components/admin/admin-page";

export default async function ModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireStaff();
  const query = await searchParams;
  const requests = await pendingRequests();
  return (
    <AdminPage title="Requests waiting for approval">
      <Flash params={query} testId="moderation-result" />
      {requests.length === 0 && <p className="text-slate-600">Nothing waiting.</p>}
      <ul className="space-y-3">
        {requests.map((r) => {
          const details = (r.details ?? {}) as { iccid?: string; bundle?: string };
          return (
            <Card as="li" padding="md" className="text-sm" key={r.id} data-testid="moderation-request">
              <p>
                <strong>{statusLabel(r.kind)}</strong> · {r.user.email} · <Money minor={r.amountMinor} currency={r.currency} /> ·{" "}
                {details.bundle} on {details.iccid} · asked <Time value={r.createdAt} />
              </p>
              <form action={decideAction} className="mt-2 flex flex-wrap gap-2">
                <input type="hidden" name="requestId" value={r.id} />
                <label htmlFor={`note-${r.id}`} className="sr-only">
                  Note to the customer
                </label>
                <input
                  id={`note-${r.id}`}
                  name="note"
                  placeholder="Note to the customer (optional)"
                  className="h-10 flex-1 rounded-lg border border-slate-300 px-2"
                />
                <button name="decision" value="approve" className="rounded-lg bg-emerald-700 px-3 font-semibold text-white">
                  Approve and refund
                </button>
                <button name="decision" value="reject" className="rounded-lg border border-slate-300 px-3 font-semibold">
                  Reject
                </button>
              </form>
            </Card>
          );
        })}
      </ul>
    </AdminPage>
  );
}
