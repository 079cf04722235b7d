// Plan names as customers read them ("Japan · 1 GB · 7 days") for the eSIM Go bundle names stored
// on eSIMs, orders and usage; a bundle the catalogue no longer has keeps its eSIM Go name.
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { planName } from "./plan-name";

export async function planNamesFor(bundleNames: Array<string | null>, locale: Locale): Promise<(bundleName: string | null) => string> {
  const names = [...new Set(bundleNames.filter((n): n is string => Boolean(n)))];
  const [bundles, words] = await Promise.all([db.bundle.findMany({ where: { name: { in: names } } }), planWords(locale)]);
  const friendly = new Map(bundles.map((b) => [b.name, planName(b, locale, words)]));
  return (bundleName) => (bundleName ? (friendly.get(bundleName) ?? bundleName) : "");
}
