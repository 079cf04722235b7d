// GET /api/search-index/<locale> – the destination search index in one language, with the
// storefront's prices, for the search box to load when it is first used (the home page does not
// carry it). Served from /api/search-index/<site>/<locale> (lib/i18n/shop-rewrites.ts), cached
// per storefront like the pages.
import { getDestinations } from "@/lib/catalogue/cached";
import { searchIndex } from "@/lib/catalogue/search-index";
import { isLocale, LOCALE_CURRENCY } from "@/lib/i18n/locales";
import { siteBrand } from "@/lib/tenancy/brand";

export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ site: string; locale: string }> }) {
  const { site, locale } = await params;
  const brand = await siteBrand(site);
  if (!isLocale(locale) || !brand) return Response.json({ error: "Not found" }, { status: 404 });
  return Response.json(searchIndex(await getDestinations({ tenantId: brand.tenantId, currency: LOCALE_CURRENCY[locale] }), locale));
}
