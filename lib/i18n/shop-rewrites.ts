// The storefront's hidden segments, as Next.js rewrites (next.config.ts): proxy.ts names the
// host's storefront in SITE_HEADER (always overwritten), and /de/… is served from
// /<site>/de/EUR/… (the currency the visitor chose, by cookie, else the language's), so every
// (storefront, language, currency) is its own cached page while the address stays /de/…. Pages
// for one person (account, sign-in, order) and paths that already name a currency keep no
// currency segment. Without the header nothing matches: no storefront (404), never the operator's.
// The first rewrite whose result is a route wins.
import { CURRENCIES, CURRENCY_COOKIE, LOCALE_CURRENCY, LOCALES } from "./locales";

export const SITE_HEADER = "x-store-site";

const locales = LOCALES.join("|");
const currencies = CURRENCIES.join("|");
const SHOP_PATH = `:path((?!(?:account|signin|order|${currencies})(?:/|$)).+)`;
const SITE = { type: "header" as const, key: SITE_HEADER, value: "(?<site>[a-z0-9-]+)" };
const CHOSEN = [SITE, { type: "cookie" as const, key: CURRENCY_COOKIE, value: `(?<currency>${currencies})` }];

export function shopRewrites() {
  return [
    { source: `/:locale(${locales})`, has: CHOSEN, destination: "/:site/:locale/:currency" },
    { source: `/:locale(${locales})/${SHOP_PATH}`, has: CHOSEN, destination: "/:site/:locale/:currency/:path" },
    ...LOCALES.flatMap((l) => [
      { source: `/${l}`, has: [SITE], destination: `/:site/${l}/${LOCALE_CURRENCY[l]}` },
      { source: `/${l}/${SHOP_PATH}`, has: [SITE], destination: `/:site/${l}/${LOCALE_CURRENCY[l]}/:path` },
    ]),
    { source: `/:locale(${locales})/:path*`, has: [SITE], destination: "/:site/:locale/:path*" },
    // The search box's index, with the storefront's prices.
    { source: `/api/search-index/:locale(${locales})`, has: [SITE], destination: "/api/search-index/:site/:locale" },
  ];
}
