// The storefront's hidden currency segment, as Next.js rewrites (next.config.ts): /de/… is served
// from /de/EUR/… (the currency the visitor chose, by cookie, else the language's), so every
// (language, currency) pair is its own cached page while the address stays /de/…. Pages for one
// person (account, sign-in, order) are left alone, and so is a path that already has a currency.
import { CURRENCIES, CURRENCY_COOKIE, LOCALE_CURRENCY, LOCALES } from "./locales";

const locales = LOCALES.join("|");
const currencies = CURRENCIES.join("|");
const SHOP_PATH = `:path((?!(?:account|signin|order|${currencies})(?:/|$)).+)`;
const CHOSEN = [{ type: "cookie" as const, key: CURRENCY_COOKIE, value: `(?<currency>${currencies})` }];

export function shopRewrites() {
  return [
    { source: `/:locale(${locales})`, has: CHOSEN, destination: "/:locale/:currency" },
    { source: `/:locale(${locales})/${SHOP_PATH}`, has: CHOSEN, destination: "/:locale/:currency/:path" },
    ...LOCALES.flatMap((l) => [
      { source: `/${l}`, destination: `/${l}/${LOCALE_CURRENCY[l]}` },
      { source: `/${l}/${SHOP_PATH}`, destination: `/${l}/${LOCALE_CURRENCY[l]}/:path` },
    ]),
  ];
}
