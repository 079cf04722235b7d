import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import type { Destination } from "@/lib/catalogue/destinations";

// The compact A–Z list of every destination in a region.
export function DestinationIndex({ destinations }: { destinations: Destination[] }) {
  return (
    <ul className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
      {destinations.map((d) => (
        <li key={d.iso} data-testid="destination">
          <Link href={`/destinations/${d.iso.toLowerCase()}`} className="flex items-center gap-2 rounded py-1.5 hover:text-brand-700">
            <Flag iso={d.iso} size={20} />
            {d.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
