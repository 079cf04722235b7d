// Where a request goes, decided in proxy.ts from the path, a cookie and Accept-Language: a shop
// path without a language ("/destinations/jp", old links) is redirected to the visitor's language
// (their choice, then Accept-Language, then the storefront's default). Everything else passes
// (the storefront's and currency's cached page is a rewrite: lib/i18n/shop-rewrites.ts).
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./locales";

const OUTSIDE_SHOP = /^\/(api|admin|dev|flags|r|_next)(\/|$)|^\/(icon\.svg|favicon\.ico|robots\.txt|sitemap\.xml)$/;

export type Routing = { kind: "pass" } | { kind: "redirect"; path: string };

type RequestFacts = {
  pathname: string;
  cookie: (name: string) => string | undefined;
  acceptLanguage: string | null;
  defaultLocale: Locale;
};

function preferredLocale(facts: RequestFacts): Locale {
  const chosen = facts.cookie(LOCALE_COOKIE);
  return isLocale(chosen) ? chosen : (negotiateLocale(facts.acceptLanguage) ?? facts.defaultLocale);
}

export function routeRequest(facts: RequestFacts): Routing {
  const { pathname } = facts;
  if (OUTSIDE_SHOP.test(pathname) || isLocale(pathname.split("/")[1])) return { kind: "pass" };
  return { kind: "redirect", path: `/${preferredLocale(facts)}${pathname === "/" ? "" : pathname}` };
}
