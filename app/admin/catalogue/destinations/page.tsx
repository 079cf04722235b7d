import Link from "next/link";
import { z } from "zod";
import { Flag } from "@/components/ui/flag";
import { requireStaff } from "@/lib/auth/session";
import { destinationsForFeaturing } from "@/lib/catalogue/staff-catalogue";
import { setFeaturedAction } from "@/components/admin/catalogue/actions";
import { SearchBox } from "@/components/admin/filters";
import type { PageProps } from "@/lib/http/page-props";

// Which destinations the home page features. Featured first, then alphabetical.
export default async function FeaturedDestinationsPage({ searchParams }: PageProps) {
  await requireStaff();
  const q = z
    .string()
    .trim()
    .max(60)
    .catch("")
    .parse((await searchParams).q);
  const countries = await destinationsForFeaturing(q);
  return (
    <div className="space-y-4">
      <Link href="/admin/catalogue" className="text-sm text-brand-700">
        ← Catalogue
      </Link>
      <h1 className="text-2xl font-bold">Featured destinations</h1>
      <p className="text-sm text-slate-600">
        {countries.filter((c) => c.featured).length} featured on the home page. Catalogue syncs never change this.
      </p>
      <SearchBox id="dest-q" label="Country name or code" defaultValue={q} />
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {countries.map((c) => (
          <li
            key={c.iso}
            data-testid="destination-row"
            className="flex items-center justify-between gap-2 rounded-xl border border-slate-200 bg-white p-2 text-sm"
          >
            <span className="flex items-center gap-2">
              <Flag iso={c.iso} size={20} />
              {c.name} <span className="text-slate-500">{c.region}</span>
            </span>
            <form action={setFeaturedAction}>
              <input type="hidden" name="iso" value={c.iso} />
              <input type="hidden" name="featured" value={String(!c.featured)} />
              <button
                className={`rounded-lg px-2 py-1 font-semibold ${c.featured ? "bg-amber-100 text-amber-900" : "border border-slate-300"}`}
                aria-pressed={c.featured}
              >
                {c.featured ? "★ Featured" : "Feature"}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
