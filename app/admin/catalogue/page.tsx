import Link from "next/link";
import { BUNDLE_PAGE_SIZE, bundleFiltersSchema, findBundles, recentSyncs } from "@/lib/catalogue/staff-catalogue";
import { requireStaff } from "@/lib/auth/session";
import { setBundleEnabledAction, startSyncAction } from "@/components/admin/catalogue/actions";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm, Pager, SelectFilter, TextFilter } from "@/components/admin/filters";
import { Flash } from "@/components/ui/flash";
import { Time } from "@/components/ui/time";
import { Money } from "@/components/ui/money";
import type { PageProps } from "@/lib/http/page-props";

const margin = (retail: number | null, wholesale: number) => (retail ? `${(((retail - wholesale) / retail) * 100).toFixed(1)} %` : "–");

// Every bundle eSIM Go offers, as the store prices and sells it; staff switch bundles off and on.
const STATUSES = { all: "all", on_sale: "on sale", disabled: "disabled by staff", withdrawn: "withdrawn by eSIM Go" };

export default async function CataloguePage({ searchParams }: PageProps) {
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
      <FilterForm label="Filter bundles" after={<span className="text-slate-600">{total} bundles</span>}>
        <TextFilter label="Name or country code" name="q" defaultValue={f.q} />
        <SelectFilter label="Scope" name="scope" defaultValue={f.scope} options={["all", "country", "regional", "global"]} />
        <SelectFilter label="Status" name="status" defaultValue={f.status} options={STATUSES} />
      </FilterForm>
      <DataTable
        rows={bundles}
        rowKey={(b) => b.id}
        rowTestId="catalogue-bundle"
        columns={[
          { header: "Bundle", cell: (b) => b.name },
          {
            header: "Countries",
            cell: (b) => (b.scope === "country" ? b.countries[0] : `${b.region ?? "Global"} (${b.countries.length})`),
          },
          { header: "Wholesale", align: "right", cell: (b) => <Money minor={b.wholesaleMinor} currency={b.wholesaleCurrency} /> },
          {
            header: "Retail",
            align: "right",
            cell: (b) => (b.retailMinor === null ? "–" : <Money minor={b.retailMinor} currency={b.retailCurrency!} />),
          },
          { header: "Margin", align: "right", cell: (b) => margin(b.retailMinor, b.wholesaleMinor) },
          { header: "Status", testId: "bundle-status", cell: (b) => (!b.active ? "withdrawn" : b.enabled ? "on sale" : "disabled") },
          { header: "", className: "pl-3", cell: (b) => <EnableSwitch id={b.id} enabled={b.enabled} /> },
        ]}
      />
      <Pager query={query} page={f.page} hasMore={f.page * BUNDLE_PAGE_SIZE < total} />
    </div>
  );
}

function EnableSwitch({ id, enabled }: { id: string; enabled: boolean }) {
  return (
    <form action={setBundleEnabledAction}>
      <input type="hidden" name="bundleId" value={id} />
      <input type="hidden" name="enabled" value={String(!enabled)} />
      <button className={`rounded-lg border px-2 py-1 ${enabled ? "border-red-300 text-red-800" : "border-emerald-300 text-emerald-800"}`}>
        {enabled ? "Disable" : "Enable"}
      </button>
    </form>
  );
}
