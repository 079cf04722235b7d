import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import type { Destination } from "@/lib/catalogue/destinations";
import { Money } from "@/components/ui/money";

export function DestinationGrid({ destinations }: { destinations: Destination[] }) {
  return (
    <ul className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {destinations.map((d) => (
        <li key={d.iso} data-testid="destination">
          <Link
            href={`/destinations/${d.iso.toLowerCase()}`}
            className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-500"
          >
            <Flag iso={d.iso} size={36} />
            <span className="min-w-0">
              <span className="block truncate font-medium">{d.name}</span>
              <span className="block text-sm text-slate-600">
                from <Money minor={d.fromMinor} currency={d.currency} />
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
