import { providerCalls, providerLogFilters } from "@/lib/admin/provider-log";
import { Time } from "@/components/ui/time";
import { FilterForm, SelectFilter, TextFilter } from "@/components/admin/filters";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";
import { staffList } from "@/lib/admin/staff-list";

// Every eSIM Go call, as stored: request and response bodies are redacted when written (no API
// key, matching ids, activation codes or PIN/PUK ever reach this table).
export default async function ProviderLogPage({ searchParams }: PageProps) {
  const { f, rows: calls } = await staffList(searchParams, providerLogFilters, providerCalls);
  return (
    <AdminPage title="Provider call log">
      <FilterForm label="Filter the call log">
        <SelectFilter label="Outcome" name="outcome" defaultValue={f.outcome} options={["all", "errors", "ok"]} />
        <TextFilter label="Path contains" name="path" defaultValue={f.path} />
        <TextFilter label="Order line" name="line" defaultValue={f.line} />
      </FilterForm>
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
    </AdminPage>
  );
}
