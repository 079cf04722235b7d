import Link from "next/link";
import { z } from "zod";
import { BUNDLE_PAGE_SIZE, bundleFiltersSchema, findBundles, recentSyncs } from "@/lib/catalogue/staff-catalogue";
import { requireStaff } from "@/lib/auth/session";
import { formatMoney } from "@/lib/money/minor-units";
import { setBundleEnabledAction, startSyncAction } from "@/components/admin/catalogue/actions";
import { Flash } from "@/components/ui/flash";
import { Time } from "@/components/ui/time";
import { Money } from "@/components/ui/money";

const input = "h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm";
const margin = (retail: number | null, wholesale: number) => (retail ? `${(((retail - wholesale) / retail) * 100).toFixed(1)} %` : "–");

// Every bundle eSIM Go offers, as the store prices and sells it; staff switch bundles off and on.
export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff();
  const params = await searchParams;
  const f = bundleFiltersSchema.parse(params);
  const [{ bundles, total }, syncs] = await Promise.all([findBundles(f), recentSyncs()]);
  const query = new URLSearchParams(Object.entries(params).filter(([k, v]) => !["page", "result", "error"].includes(k) && v)).toString();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Catalogue</h1>
        <div className="flex gap-2 text-sm">
          <Link href="/admin/catalogue/destinations" className="rounded-lg border border-slate-300 px-3 py-2 font-semibold">
            Featured destinations
          </Link>
          <Link href="/admin/pricing" className="rounded-lg border border-slate-300 px-3 py-2 font-semibold">
            Pricing rules
          </Link>
          <form action={startSyncAction}>
            <button className="rounded-lg bg-brand-600 px-3 py-2 font-semibold text-white">Sync with eSIM Go now</button>
          </form>
        </div>
      </div>
      <Flash params={params} testId="catalogue-result" />
      <section aria-label="Recent syncs" className="text-sm text-slate-700">
        {syncs.map((s) => (
          <p key={s.id} data-testid="catalogue-sync">
            <Time value={s.startedAt} /> · {s.status} · {s.upserted} bundles, {s.deactivated} withdrawn
            {s.finishedAt ? ` in ${((s.finishedAt.getTime() - s.startedAt.getTime()) / 1000).toFixed(1)} s` : ""}
            {s.error ? ` · ${s.error}` : ""}
          </p>
        ))}
      </section>
      <form method="get" aria-label="Filter bundles" className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          Name or country code
          <br />
          <input name="q" defaultValue={f.q} className={input} />
        </label>
        <label className="text-sm">
          Scope
          <br />
          <select name="scope" defaultValue={f.scope} className={input}>
            {["all", "country", "regional", "global"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Status
          <br />
          <select name="status" defaultValue={f.status} className={input}>
            <option value="all">all</option>
            <option value="on_sale">on sale</option>
            <option value="disabled">disabled by staff</option>
            <option value="withdrawn">withdrawn by eSIM Go</option>
          </select>
        </label>
        <button className="h-10 rounded-lg bg-slate-900 px-3 text-sm font-semibold text-white">Filter</button>
        <span className="text-sm text-slate-600">{total} bundles</span>
      </form>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th className="py-2">Bundle</th>
            <th>Countries</th>
            <th className="text-right">Wholesale</th>
            <th className="text-right">Retail</th>
            <th className="text-right">Margin</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {bundles.map((b) => (
            <tr key={b.id} data-testid="catalogue-bundle" className="border-t border-slate-200">
              <td className="py-2">{b.name}</td>
              <td>{b.scope === "country" ? b.countries[0] : `${b.region ?? "Global"} (${b.countries.length})`}</td>
              <td className="text-right">
                <Money minor={b.wholesaleMinor} currency={b.wholesaleCurrency} />
              </td>
              <td className="text-right">{b.retailMinor === null ? "–" : formatMoney(b.retailMinor, b.retailCurrency!)}</td>
              <td className="text-right">{margin(b.retailMinor, b.wholesaleMinor)}</td>
              <td data-testid="bundle-status">{!b.active ? "withdrawn" : b.enabled ? "on sale" : "disabled"}</td>
              <td className="pl-3">
                <form action={setBundleEnabledAction}>
                  <input type="hidden" name="bundleId" value={b.id} />
                  <input type="hidden" name="enabled" value={String(!b.enabled)} />
                  <button
                    className={`rounded-lg border px-2 py-1 ${b.enabled ? "border-red-300 text-red-800" : "border-emerald-300 text-emerald-800"}`}
                  >
                    {b.enabled ? "Disable" : "Enable"}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {f.page > 1 && <Link href={`?${query}&page=${f.page - 1}`}>← Previous</Link>}
        {f.page * BUNDLE_PAGE_SIZE < total && <Link href={`?${query}&page=${f.page + 1}`}>Next →</Link>}
      </nav>
    </div>
  );
}
