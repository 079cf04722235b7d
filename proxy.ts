// Runs before every page, action and route:
//  - resolves the tenant from the Host header (lib/tenancy/hosts.ts) and hands it on in a header
//    it always overwrites; a host that is no tenant's gets 404;
//  - gives each request an id (kept when a load balancer already sent a well-formed one) that
//    logs carry and the response echoes;
//  - refuses server-action calls from other sites (403) or with unreadable bodies (400) before any
//    action code runs, and direct posts to Auth.js's sign-in endpoint (the rate-limited sign-in
//    form is the only way in);
//  - redirects a URL with a repeated or over-long query parameter to its bounded form;
//  - sends a shop path without a language to the visitor's language (lib/i18n/route-request.ts),
//    and names the tenant's storefront segment (app/[site]) for the rewrites in next.config.ts,
//    which also pick the currency's cached page;
//  - sets the security headers. The policy's script hashes are filled in per page by the web
//    process (lib/http/inline-script-hashes.mjs), so pages stay cached: no nonce.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { malformedActionCall } from "@/lib/http/action-payload";
import { boundedSearch } from "@/lib/http/query-bounds";
import { isForeignActionCall, securityHeaders } from "@/lib/http/security-headers";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { routeRequest } from "@/lib/i18n/route-request";
import { SITE_HEADER } from "@/lib/i18n/shop-rewrites";
import { TENANT_HEADER } from "@/lib/tenancy/context";
import { tenantOfHost } from "@/lib/tenancy/tenants";
import { REQUEST_ID_HEADER as REQUEST_ID } from "@/lib/log/request-id";

const WELL_FORMED = /^[A-Za-z0-9._-]{8,128}$/;

export async function proxy(request: NextRequest) {
  const e = env();
  const given = request.headers.get(REQUEST_ID);
  const id = given && WELL_FORMED.test(given) ? given : crypto.randomUUID();
  const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { [REQUEST_ID]: id } });
  const tenant = await tenantOfHost(request.headers.get("host"), request.nextUrl.pathname);
  if (!tenant) return refuse(404, "Unknown host");
  if (isForeignActionCall(request.method, request.headers)) return refuse(403, "Cross-site request refused");
  // PostgreSQL cannot store NUL characters; no real link has one, so it never reaches a query.
  if (/%00/.test(request.nextUrl.search + request.nextUrl.pathname)) return refuse(400, "Malformed URL");
  const bounded = boundedSearch(request.nextUrl.search);
  if (bounded !== null && boundedSearch(bounded) !== null) return refuse(400, "Malformed query"); // never a redirect loop
  const redirectTo = (path: string, search: string) =>
    // On the tenant's own origin (never one taken from a header).
    new Response(null, { status: 308, headers: { Location: new URL(`${path}${search}`, tenant.origin).href, [REQUEST_ID]: id } });
  if (bounded !== null && (request.method === "GET" || request.method === "HEAD")) return redirectTo(request.nextUrl.pathname, bounded);
  const malformed = await malformedActionCall(request);
  if (malformed) return refuse(400, `Malformed server action call: ${malformed}`);
  // Sign-in links are requested through the sign-in form's action (rate limited); Auth.js's own
  // endpoint would skip the limits, so it is closed to the outside.
  if (request.method === "POST" && request.nextUrl.pathname.startsWith("/api/auth/signin")) return refuse(404, "Not found");

  const route = routeRequest({
    pathname: request.nextUrl.pathname,
    cookie: (name) => request.cookies.get(name)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    defaultLocale: isLocale(tenant.defaultLocale) ? tenant.defaultLocale : DEFAULT_LOCALE,
  });
  if (route.kind === "redirect") {
    const response = redirectTo(route.path, request.nextUrl.search);
    return new Response(null, { status: 307, headers: response.headers }); // the language may differ next time
  }
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID, id);
  forwarded.set(TENANT_HEADER, tenant.id);
  forwarded.set(SITE_HEADER, tenant.slug); // a shop page is served from its storefront's segment
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set(REQUEST_ID, id);
  const checkoutOrigin = e.stripe.sandbox ? `http://${e.stripe.sandbox.host}:${e.stripe.sandbox.port}` : "https://checkout.stripe.com";
  const headers = securityHeaders({
    production: e.STORE_MODE === "production",
    development: process.env.NODE_ENV === "development",
    checkoutOrigin,
  });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|flags/).*)"],
};
