import type { Metadata } from "next";
import { connection } from "next/server";
import { DestinationGrid } from "@/components/store/destination-grid";
import { AreaPlanList } from "@/components/store/area-plan-list";
import { BRAND } from "@/lib/brand";
import { listAreaPlans, listDestinations } from "@/lib/catalogue/destinations";
import { REGIONS } from "@/lib/geo/countries";

export const metadata: Metadata = { title: { absolute: `${BRAND.name} – eSIM data plans for 200+ destinations` } };

const POPULAR = ["US", "JP", "GB", "FR", "IT", "ES", "TH", "TR", "MX", "DE", "AE", "ID"];

export default async function HomePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection(); // the catalogue changes with every sync: render per request
  const { q = "" } = await searchParams;
  const query = q.trim().toLowerCase().slice(0, 60);
  const [destinations, areas] = await Promise.all([listDestinations(), listAreaPlans()]);
  const matches = query ? destinations.filter((d) => d.name.toLowerCase().includes(query) || d.iso.toLowerCase() === query) : [];
  const popular = POPULAR.map((iso) => destinations.find((d) => d.iso === iso)).filter((d) => d !== undefined);

  return (
    <>
      <section className="bg-gradient-to-b from-brand-900 to-brand-700 text-white">
        <div className="mx-auto max-w-6xl px-4 pb-14 pt-12 sm:pt-16">
          <h1 className="max-w-2xl text-3xl font-bold leading-tight tracking-tight sm:text-5xl">{BRAND.tagline}</h1>
          <p className="mt-4 max-w-xl text-brand-100 sm:text-lg">
            Data plans for {destinations.length} destinations. Pay once, scan a QR code, and you are online. No roaming bills, no SIM swaps.
          </p>
          <form action="/" method="get" role="search" className="mt-8 flex max-w-xl gap-2">
            <label htmlFor="q" className="sr-only">
              Where are you going?
            </label>
            <input
              id="q"
              name="q"
              defaultValue={q}
              placeholder="Where are you going?"
              autoComplete="off"
              className="h-12 flex-1 rounded-xl border-0 bg-white px-4 text-base text-slate-900 shadow-lg placeholder:text-slate-500"
            />
            <button type="submit" className="h-12 rounded-xl bg-amber-400 px-5 font-semibold text-slate-900 shadow-lg hover:bg-amber-300">
              Search
            </button>
          </form>
        </div>
      </section>

      <div className="mx-auto max-w-6xl space-y-12 px-4 py-10">
        {query ? (
          <section aria-labelledby="results">
            <h2 id="results" className="text-xl font-semibold">
              {matches.length ? `Destinations matching “${q}”` : `No destination matches “${q}”`}
            </h2>
            {matches.length > 0 && <DestinationGrid destinations={matches} />}
          </section>
        ) : null}

        {destinations.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-600" role="status">
            The catalogue is being loaded from eSIM Go. Refresh in a few seconds.
          </p>
        ) : (
          <>
            <section aria-labelledby="popular">
              <h2 id="popular" className="text-xl font-semibold">
                Popular destinations
              </h2>
              <DestinationGrid destinations={popular} />
            </section>

            <section id="regions" aria-labelledby="regions-title">
              <h2 id="regions-title" className="text-xl font-semibold">
                Regional and global plans
              </h2>
              <p className="mt-1 text-slate-600">One eSIM for a whole trip across borders.</p>
              <AreaPlanList areas={areas} />
            </section>

            <section id="destinations" aria-labelledby="all">
              <h2 id="all" className="text-xl font-semibold">
                All destinations
              </h2>
              {REGIONS.map((region) => {
                const inRegion = destinations.filter((d) => d.region === region);
                if (inRegion.length === 0) return null;
                return (
                  <div key={region} className="mt-6">
                    <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{region}</h3>
                    <DestinationGrid destinations={inRegion} compact />
                  </div>
                );
              })}
            </section>
          </>
        )}
      </div>
    </>
  );
}
