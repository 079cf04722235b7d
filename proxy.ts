// Runs before every page, action and route:
//  - gives each request an id (kept when a load balancer already sent a well-formed one) that
//    logs carry and the response echoes;
//  - refuses server-action calls from other sites (403) or with unreadable bodies (400) before any
//    action code runs, and direct
//    posts to Auth.js's sign-in endpoint (the rate-limited sign-in form is the only way in);
//  - redirects a URL with a repeated or over-long query parameter to its bounded form;
//  - sets the security headers, with a fresh CSP nonce for this request.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { boundedSearch } from "@/lib/http/query-bounds";
import { malformedActionCall } from "@/lib/http/action-payload";
import { isForeignActionCall, securityHeaders } from "@/lib/http/security-headers";
import { REQUEST_ID_HEADER as REQUEST_ID } from "@/lib/log/request-id";

const WELL_FORMED = /^[A-Za-z0-9._-]{8,128}$/;

export async function proxy(request: NextRequest) {
  const e = env();
  const given = request.headers.get(REQUEST_ID);
  const id = given && WELL_FORMED.test(given) ? given : crypto.randomUUID();
  if (isForeignActionCall(request.method, request.headers)) {
    return Response.json({ error: "Cross-site request refused" }, { status: 403, headers: { [REQUEST_ID]: id } });
  }
  // PostgreSQL cannot store NUL characters; no real link has one, so it never reaches a query.
  if (/%00/.test(request.nextUrl.search + request.nextUrl.pathname))
    return Response.json({ error: "Malformed URL" }, { status: 400, headers: { [REQUEST_ID]: id } });
  const bounded = boundedSearch(request.nextUrl.search);
  if (bounded !== null && boundedSearch(bounded) !== null)
    return Response.json({ error: "Malformed query" }, { status: 400, headers: { [REQUEST_ID]: id } }); // never a redirect loop
  if (bounded !== null && (request.method === "GET" || request.method === "HEAD")) {
    // The bounded form of the same path, on APP_URL's origin (never one taken from a header).
    return new Response(null, {
      status: 308,
      headers: { Location: new URL(`${request.nextUrl.pathname}${bounded}`, e.appUrl).href, [REQUEST_ID]: id },
    });
  }
  const malformed = await malformedActionCall(request);
  if (malformed)
    return Response.json({ error: `Malformed server action call: ${malformed}` }, { status: 400, headers: { [REQUEST_ID]: id } });
  // Sign-in links are requested through the sign-in form's action (rate limited); Auth.js's own
  // endpoint would skip the limits, so it is closed to the outside.
  if (request.method === "POST" && request.nextUrl.pathname.startsWith("/api/auth/signin")) {
    return Response.json({ error: "Not found" }, { status: 404, headers: { [REQUEST_ID]: id } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const checkoutOrigin = e.stripe.sandbox ? `http://${e.stripe.sandbox.host}:${e.stripe.sandbox.port}` : "https://checkout.stripe.com";
  const headers = securityHeaders({
    nonce,
    production: e.STORE_MODE === "production",
    development: process.env.NODE_ENV === "development",
    checkoutOrigin,
  });

  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID, id);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]); // Next reads the nonce from here
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set(REQUEST_ID, id);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|flags/).*)"],
};
