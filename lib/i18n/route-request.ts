// Where a request goes, decided in proxy.ts from the path, two cookies and Accept-Language:
//  - outside the shop (staff console, API, files): as it is;
//  - a shop path without a language ("/destinations/jp", old links): redirected to the visitor's
//    language (cookie, then Accept-Language, then English);
//  - My Account, sign-in and order pages: as they are (rendered per request);
//  - every other shop page: rewritten to its hidden currency segment, so each (language,
//    currency) pair is its own cached page.
import { CURRENCY_COOKIE, DEFAULT_LOCALE, isCurrency, isLocale, LOCALE_COOKIE, LOCALE_CURRENCY, negotiateLocale, type Locale } from "./locales";

const OUTSIDE_SHOP = /^\/(api|admin|dev|flags|_next)(\/|$)|^\/(icon\.svg|favicon\.ico|robots\.txt|sitemap\.xml)$/;
const PER_REQUEST = new Set(["account", "signin", "order"]);

export type Routing = { kind: "pass" } | { kind: "redirect"; path: string } | { kind: "rewrite"; path: string };

type RequestFacts = { pathname: string; cookie: (name: string) => string | undefined; acceptLanguage: string | null };

export function preferredLocale(facts: Pick<RequestFacts, "cookie" | "acceptLanguage">): Locale {
  const chosen = facts.cookie(LOCALE_COOKIE);
  return isLocale(chosen) ? chosen : (negotiateLocale(facts.acceptLanguage) ?? DEFAULT_LOCALE);
}

export function routeRequest(facts: RequestFacts): Routing {
  const { pathname } = facts;
  if (OUTSIDE_SHOP.test(pathname)) return { kind: "pass" };
  const [, first = "", ...rest] = pathname.split("/");
  if (!isLocale(first)) return { kind: "redirect", path: `/${preferredLocale(facts)}${pathname === "/" ? "" : pathname}` };
  if (PER_REQUEST.has(rest[0] ?? "")) return { kind: "pass" };
  const chosen = facts.cookie(CURRENCY_COOKIE);
  const currency = (isCurrency(chosen) ? chosen : LOCALE_CURRENCY[first]).toLowerCase();
  return { kind: "rewrite", path: `/${first}/${currency}${rest.length && rest[0] !== "" ? `/${rest.join("/")}` : ""}` };
}
