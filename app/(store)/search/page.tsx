import type { Metadata } from "next";
import { DestinationGrid } from "@/components/store/destination-grid";
import { DestinationSearch } from "@/components/store/destination-search";
import { getDestinations } from "@/lib/catalogue/cached";
import { searchIndex } from "@/lib/catalogue/search-index";
import { searchDestinations } from "@/lib/catalogue/destination-search";

export const metadata: Metadata = { title: "Find your destination", robots: { index: false, follow: true } };

// Search results rendered on the server: the search box works without JavaScript.
export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const q = String((await searchParams).q ?? "").slice(0, 60);
  const destinations = await getDestinations();
  const index = searchIndex(destinations);
  const found = new Set(searchDestinations(index, q, 12).map((e) => e.iso));
  const matches = destinations.filter((d) => found.has(d.iso)).sort((a, b) => [...found].indexOf(a.iso) - [...found].indexOf(b.iso));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="rounded-2xl bg-brand-900 px-4 pb-6 pt-1">
        <DestinationSearch entries={index} defaultValue={q} />
      </div>
      <section aria-labelledby="results" className="mt-8">
        <h1 id="results" className="text-2xl font-semibold">
          {matches.length ? `Destinations matching “${q}”` : q ? `No destination matches “${q}”` : "Type a country to search"}
        </h1>
        {matches.length > 0 && <DestinationGrid destinations={matches} />}
      </section>
    </div>
  );
}
