import { Flag } from "@/components/ui/flag";
import type { Destination } from "@/lib/catalogue/destinations";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

// A compact list of destinations: plain links (nothing to hydrate), sorted by their name in the
// visitor's language.
export function DestinationIndex({ destinations, locale }: { destinations: Destination[]; locale: Locale }) {
  const named = destinations.map((d) => ({ ...d, local: countryName(d.iso, locale, d.name) }));
  named.sort((a, b) => a.local.localeCompare(b.local, locale));
  return (
    <ul className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
      {named.map((d) => (
        <li key={d.iso} data-testid="destination">
          <a
            href={`/${locale}/destinations/${d.iso.toLowerCase()}`}
            className="flex items-center gap-2 rounded py-1.5 hover:text-brand-700"
          >
            <Flag iso={d.iso} size={20} />
            {d.local}
          </a>
        </li>
      ))}
    </ul>
  );
}
