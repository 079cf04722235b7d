// Catalogue sync: pulls every page of eSIM Go's catalogue into the database. Bundles are
// upserted in one statement per page, bundles that vanished are marked inactive, and staff
// settings (enabled) survive. Retail prices are (re)computed only for new bundles and bundles
// whose wholesale price changed, so hand-set prices are kept.
import { db } from "@/lib/db";
import { countryByIso } from "@/lib/catalogue/countries";
import type { CatalogueBundle, EsimGoClient } from "@/lib/esimgo";
import { errorText, logger } from "@/lib/log/logger";
import { toMinor } from "@/lib/money/minor-units";
import { priceUnpricedBundles } from "./reprice";

export type SyncResult = { pages: number; upserted: number; deactivated: number; repriced: number; durationMs: number };

const GLOBAL_MIN_COUNTRIES = 80;

export function classify(b: CatalogueBundle): { scope: "country" | "regional" | "global"; region: string | null } {
  if (b.countries.length === 1)
    return { scope: "country", region: b.countries[0].region || countryByIso(b.countries[0].iso)?.region || null };
  const all = b.countries.length + b.roamingCountries.length;
  if (all >= GLOBAL_MIN_COUNTRIES || /global/i.test(b.description)) return { scope: "global", region: "Global" };
  const counts = new Map<string, number>();
  for (const c of b.countries) counts.set(c.region, (counts.get(c.region) ?? 0) + 1);
  const region = [...counts.entries()].sort((a, z) => z[1] - a[1])[0]?.[0] ?? null;
  return { scope: "regional", region };
}

function row(b: CatalogueBundle, currency: string) {
  const { scope, region } = classify(b);
  return {
    name: b.name,
    description: b.description,
    groups: b.groups,
    countries: b.countries.map((c) => c.iso),
    roaming: b.roamingCountries.map((c) => c.iso),
    region,
    scope,
    data_mb: b.dataMb,
    duration_days: b.durationDays,
    unlimited: b.unlimited,
    speeds: b.speeds,
    autostart: b.autostart,
    wholesale: toMinor(b.price, currency),
    currency,
  };
}

async function upsertPage(rows: ReturnType<typeof row>[], syncedAt: Date) {
  await db.$executeRawUnsafe(
    `INSERT INTO "Bundle" (id, name, description, groups, countries, "roamingCountries", region, scope, "dataMb", "durationDays",
        unlimited, speeds, autostart, "wholesaleMinor", "wholesaleCurrency", active, "lastSyncedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid()::text, x.name, x.description, x.groups, x.countries, x.roaming, x.region, x.scope::"BundleScope",
        x.data_mb, x.duration_days, x.unlimited, x.speeds, x.autostart, x.wholesale, x.currency, true, $2, now(), now()
     FROM jsonb_to_recordset($1::jsonb) AS x(name text, description text, groups text[], countries text[], roaming text[],
        region text, scope text, data_mb int, duration_days int, unlimited boolean, speeds text[], autostart boolean,
        wholesale int, currency text)
     ON CONFLICT (name) DO UPDATE SET
        description = EXCLUDED.description, groups = EXCLUDED.groups, countries = EXCLUDED.countries,
        "roamingCountries" = EXCLUDED."roamingCountries", region = EXCLUDED.region, scope = EXCLUDED.scope,
        "dataMb" = EXCLUDED."dataMb", "durationDays" = EXCLUDED."durationDays", unlimited = EXCLUDED.unlimited,
        speeds = EXCLUDED.speeds, autostart = EXCLUDED.autostart,
        "retailMinor" = CASE WHEN "Bundle"."wholesaleMinor" = EXCLUDED."wholesaleMinor"
                              AND "Bundle"."wholesaleCurrency" = EXCLUDED."wholesaleCurrency"
                             THEN "Bundle"."retailMinor" ELSE NULL END,
        "wholesaleMinor" = EXCLUDED."wholesaleMinor", "wholesaleCurrency" = EXCLUDED."wholesaleCurrency",
        active = true, "lastSyncedAt" = EXCLUDED."lastSyncedAt", "updatedAt" = now()`,
    JSON.stringify(rows),
    syncedAt,
  );
}

// New destinations start featured when they are popular; staff change it later, sync never does.
const FEATURED_AT_FIRST = new Set(["US", "JP", "GB", "FR", "IT", "ES", "TH", "TR", "MX", "DE", "AE", "ID"]);

async function upsertCountries(countries: Map<string, { name: string; region: string }>) {
  const rows = [...countries.entries()].map(([iso, c]) => {
    const known = countryByIso(iso);
    return { iso, name: known?.name ?? c.name, region: known?.region ?? c.region, featured: FEATURED_AT_FIRST.has(iso) };
  });
  await db.$executeRawUnsafe(
    `INSERT INTO "Country" (iso, name, region, featured, "updatedAt")
     SELECT x.iso, x.name, x.region, x.featured, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(iso text, name text, region text, featured boolean)
     ON CONFLICT (iso) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region, "updatedAt" = now()`,
    JSON.stringify(rows),
  );
}

// No real catalogue has more pages than this; a server that ignores `page` would otherwise loop.
const MAX_PAGES = 1000;

// Paging for both shapes: the live object says how many pages there are; the spec's bare array
// does not, so the next page is asked for until one comes back short (or empty, or all repeats).
async function* cataloguePages(client: EsimGoClient, perPage: number) {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await client.cataloguePage(page, perPage);
    yield result.bundles;
    const more = result.pageCount !== null ? page < result.pageCount : result.bundles.length >= perPage;
    if (!more) return;
  }
}

export async function syncCatalogue(client: EsimGoClient, opts: { perPage?: number; storeCurrency: string }): Promise<SyncResult> {
  const started = Date.now();
  const syncedAt = new Date();
  const perPage = opts.perPage ?? 500;
  const run = await db.catalogueSync.create({ data: { status: "running" } });
  try {
    const { currency } = await client.organisation();
    const countries = new Map<string, { name: string; region: string }>();
    const seen = new Set<string>();
    const duplicates: string[] = [];
    let pages = 0;
    let upserted = 0;
    for await (const bundles of cataloguePages(client, perPage)) {
      pages++;
      // A name eSIM Go sends twice (within or across pages) is kept once, as first sent: one
      // upsert cannot touch a row twice, and the second copy is not a second product.
      const fresh = bundles.filter((b) => (seen.has(b.name) ? (duplicates.push(b.name), false) : (seen.add(b.name), true)));
      if (bundles.length > 0 && fresh.length === 0) break; // the same page again: the server ignores `page`
      if (fresh.length > 0)
        await upsertPage(
          fresh.map((b) => row(b, currency)),
          syncedAt,
        );
      for (const b of fresh)
        for (const c of [...b.countries, ...b.roamingCountries]) countries.set(c.iso, { name: c.name, region: c.region });
      upserted += fresh.length;
    }
    if (duplicates.length > 0)
      logger.warn(
        { scope: "catalogue", count: duplicates.length, names: duplicates.slice(0, 20) },
        `catalogue sync: ${duplicates.length} duplicate bundle name(s) skipped, first copy kept`,
      );
    if (upserted === 0) throw new Error("eSIM Go returned an empty catalogue; nothing was deactivated");
    await upsertCountries(countries);
    // Only after every page arrived: a sync that failed part-way leaves the last good catalogue on sale.
    const { count: deactivated } = await db.bundle.updateMany({
      where: { active: true, lastSyncedAt: { lt: syncedAt } },
      data: { active: false },
    });
    const repriced = await priceUnpricedBundles(opts.storeCurrency);
    await db.catalogueSync.update({
      where: { id: run.id },
      data: { status: "succeeded", finishedAt: new Date(), pages, upserted, deactivated },
    });
    return { pages, upserted, deactivated, repriced, durationMs: Date.now() - started };
  } catch (error) {
    const reason = errorText(error).split("\n")[0].slice(0, 500);
    logger.error({ scope: "catalogue", err: reason }, `catalogue sync failed; the last good catalogue stays on sale: ${reason}`);
    await db.catalogueSync.update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date(), error: reason } });
    throw error;
  }
}
