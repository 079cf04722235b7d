import { requireStaff } from "@/lib/auth/session";
import { backfill } from "@/lib/esims/backfill";
import { connectionTest } from "@/lib/admin/provider-status";
import { Flash } from "@/components/ui/flash";
import { applyBackfillAction } from "@/components/admin/tools/actions";
import { Card } from "@/components/ui/card";
import { AdminPage } from "@/components/admin/admin-page";

// The eSIM Go connection test: key valid, balance, latency, and whether eSIM Go's callback URL
// points at this store.
export default async function ToolsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff();
  const params = await searchParams;
  const result = params.test === "1" ? await connectionTest() : null;
  const preview = params.backfill === "preview" ? await backfill(staff.id, false) : null;
  return (
    <AdminPage title="Tools">
      <Card as="section" padding="md" aria-label="Connection test">
        <h2 className="font-semibold">eSIM Go connection test</h2>
        <form method="get" className="mt-2">
          <input type="hidden" name="test" value="1" />
          <button className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white">Run the test</button>
        </form>
        {result && (
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm" data-testid="connection-result">
            <dt>API key</dt>
            <dd>{result.ok ? "valid" : `failed: ${result.error}`}</dd>
            <dt>Latency</dt>
            <dd>{result.latencyMs} ms</dd>
            {result.ok && (
              <>
                <dt>Organisation</dt>
                <dd>{result.name}</dd>
                <dt>Balance</dt>
                <dd>
                  {result.balance.toFixed(2)} {result.currency}
                </dd>
                <dt>Callback URL</dt>
                <dd>
                  {result.callbackUrl ?? "not set"} {result.callbackOk ? "✓ points here" : `✗ should be ${result.expectedCallbackUrl}`}
                </dd>
              </>
            )}
          </dl>
        )}
      </Card>
      <Card as="section" padding="md" className="text-sm" aria-label="Backfill">
        <h2 className="font-semibold">Backfill missing eSIM data</h2>
        <p className="mt-1 text-slate-600">
          Finds fulfilled orders whose ICCID or install data is missing here and recovers it from eSIM Go by order reference.
        </p>
        <div className="mt-2">
          <Flash params={params} testId="backfill-result" />
        </div>
        <form method="get" className="mt-2">
          <input type="hidden" name="backfill" value="preview" />
          <button className="rounded-lg border border-slate-300 px-3 py-2 font-semibold">Dry run</button>
        </form>
        {preview && (
          <div className="mt-3" data-testid="backfill-preview">
            {preview.length === 0 ? (
              <p>Nothing to recover.</p>
            ) : (
              <>
                <ul className="space-y-1">
                  {preview.map((i) => (
                    <li key={i.lineId}>
                      Order {i.orderId} · eSIM Go {i.reference}:{" "}
                      {i.error ? `cannot recover (${i.error})` : `would restore ${i.found.join(", ")}`}
                    </li>
                  ))}
                </ul>
                <form action={applyBackfillAction} className="mt-2">
                  <button className="rounded-lg bg-brand-600 px-3 py-2 font-semibold text-white">Apply backfill</button>
                </form>
              </>
            )}
          </div>
        )}
      </Card>
    </AdminPage>
  );
}
