import { requireStaff } from "@/lib/auth/session";
import { connectionTest } from "@/lib/admin/provider-status";

// The eSIM Go connection test: key valid, balance, latency, and whether eSIM Go's callback URL
// points at this store.
export default async function ToolsPage({ searchParams }: { searchParams: Promise<{ test?: string }> }) {
  await requireStaff();
  const run = (await searchParams).test === "1";
  const result = run ? await connectionTest() : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Tools</h1>
      <section aria-label="Connection test" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">eSIM Go connection test</h2>
        <form method="get" className="mt-2"><input type="hidden" name="test" value="1" /><button className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white">Run the test</button></form>
        {result && (
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm" data-testid="connection-result">
            <dt>API key</dt><dd>{result.ok ? "valid" : `failed: ${result.error}`}</dd>
            <dt>Latency</dt><dd>{result.latencyMs} ms</dd>
            {result.ok && (
              <>
                <dt>Organisation</dt><dd>{result.name}</dd>
                <dt>Balance</dt><dd>{result.balance.toFixed(2)} {result.currency}</dd>
                <dt>Callback URL</dt><dd>{result.callbackUrl ?? "not set"} {result.callbackOk ? "✓ points here" : `✗ should be ${result.expectedCallbackUrl}`}</dd>
              </>
            )}
          </dl>
        )}
      </section>
    </div>
  );
}
