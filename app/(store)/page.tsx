import type { Metadata } from "next";
import { connection } from "next/server";
import { AreaPlanList } from "@/components/store/area-plan-list";
import { DestinationGrid } from "@/components/store/destination-grid";
import { DestinationIndex } from "@/components/store/destination-index";
import { DestinationSearch } from "@/components/store/destination-search";
import { BRAND } from "@/lib/config/brand";
import { getAreaPlans, getDestinations } from "@/lib/catalogue/cached";
import { searchIndex } from "@/lib/catalogue/search-index";
import { REGIONS } from "@/lib/catalogue/countries";

export const metadata: Metadata = {
  title: { absolute: `${BRAND.name} – eSIM data plans for 200+ destinations` },
  description:
    "Travel eSIMs for 200+ countries: pick a plan, pay securely, scan a QR code and you are online when you land. No roaming bills.",
  alternates: { canonical: "/" },
};

export default async function HomePage() {
  await connection(); // rendered per request from cached catalogue data (no database at build time)
  const [destinations, areas] = await Promise.all([getDestinations(), getAreaPlans()]);
  const featured = destinations.filter((d) => d.featured);

  return (
    <>
      <section className="bg-gradient-to-b from-brand-900 to-brand-700 text-white">
        <div className="mx-auto max-w-6xl px-4 pb-14 pt-12 sm:pt-16">
          <h1 className="max-w-2xl text-3xl font-bold leading-tight tracking-tight sm:text-5xl">{BRAND.tagline}</h1>
          <p className="mt-4 max-w-xl text-brand-100 sm:text-lg">
            Data plans for {destinations.length} destinations. Pay once, scan a QR code, and you are online. No roaming bills, no SIM swaps.
          </p>
          <DestinationSearch entries={searchIndex(destinations)} />
        </div>
      </section>

      <div className="mx-auto max-w-6xl space-y-12 px-4 py-10">
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
              <DestinationGrid destinations={featured} />
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
                    <DestinationIndex destinations={inRegion} />
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
