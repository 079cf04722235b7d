// GET /api/search-index/<locale> – the destination search index in one language, for the search
// box to load when it is first used (the home page does not carry it). Cached like the pages.
import { getDestinations } from "@/lib/catalogue/cached";
import { searchIndex } from "@/lib/catalogue/search-index";
import { isLocale, LOCALE_CURRENCY } from "@/lib/i18n/locales";

export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return Response.json({ error: "Unknown language" }, { status: 404 });
  return Response.json(searchIndex(await getDestinations(LOCALE_CURRENCY[locale]), locale));
}
