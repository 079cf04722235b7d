// GET /api/preferences?locale=de&currency=EUR – the language and currency switcher: remembers the
// choice (cookies) and returns to the page the visitor was on, in the chosen language
import { NextResponse } from "next/server";
import { currentOrigin } from "@/lib/tenancy/tenants";
import { CURRENCY_COOKIE, isCurrency, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { returnPath } from "@/lib/i18n/return-path";

const YEAR = 365 * 24 * 3600;

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const locale = query.get("locale");
  const currency = query.get("currency");
  const appUrl = await currentOrigin(); // the storefront's own (a reseller's), never the Host header
  const target = returnPath(request.headers.get("referer"), appUrl, isLocale(locale) ? locale : null);
  const response = NextResponse.redirect(new URL(target, appUrl), 303);
  const cookie = { path: "/", maxAge: YEAR, sameSite: "lax" as const, secure: appUrl.startsWith("https://") };
  if (isLocale(locale)) response.cookies.set(LOCALE_COOKIE, locale, cookie);
  if (isCurrency(currency)) response.cookies.set(CURRENCY_COOKIE, currency.toUpperCase(), cookie);
  return response;
}
