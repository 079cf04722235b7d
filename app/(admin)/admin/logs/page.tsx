import { requireStaff } from "@/lib/auth/session";
import { providerCalls, providerLogFilters } from "@/lib/admin/provider-log";
import { Time } from "@/components/ui/time";

// Every eSIM Go call, as stored: request and response bodies are redacted when written (no API
// key, matching ids, activation codes or PIN/PUK ever reach this table).
export default async function ProviderLogPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff();
  const f = providerLogFilters.parse(await searchParams);
  const calls = await providerCalls(f);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Provider call log</h1>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <label>
          Outcome
          <br />
          <select name="outcome" defaultValue={f.outcome} className="h-10 rounded-lg border border-slate-300 px-2">
            <option value="all">all</option>
            <option value="errors">errors</option>
            <option value="ok">ok</option>
          </select>
        </label>
        <label>
          Path contains
          <br />
          <input name="path" defaultValue={f.path} className="h-10 rounded-lg border border-slate-300 px-2" />
        </label>
        <label>
          Order line
          <br />
          <input name="line" defaultValue={f.line} className="h-10 rounded-lg border border-slate-300 px-2" />
        </label>
        <button className="h-10 rounded-lg bg-slate-900 px-3 font-semibold text-white">Filter</button>
      </form>
      <ul className="space-y-2" data-testid="call-log">
        {calls.map((c) => (
          <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-3 text-sm">
            <p>
              <span className="text-slate-600">
                <Time value={c.createdAt} precision="second" />
              </span>{" "}
              <strong>
                {c.method} {c.path}
              </strong>{" "}
              → {c.status ?? "–"} {c.outcome} · {c.durationMs} ms{c.error ? ` · ${c.error}` : ""}
            </p>
            <details>
              <summary className="cursor-pointer text-brand-700">Bodies</summary>
              <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all text-xs">
                {JSON.stringify({ request: c.requestBody, response: c.responseBody }, null, 1)}
              </pre>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
