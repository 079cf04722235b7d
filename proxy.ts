// Runs before every page, action and route: gives each request an id (kept when a trusted load
// balancer already sent a well-formed one) that logs carry and the response echoes.
import { NextResponse, type NextRequest } from "next/server";

const REQUEST_ID = "x-request-id";
const WELL_FORMED = /^[A-Za-z0-9._-]{8,128}$/;

export function proxy(request: NextRequest) {
  const given = request.headers.get(REQUEST_ID);
  const id = given && WELL_FORMED.test(given) ? given : crypto.randomUUID();
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID, id);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set(REQUEST_ID, id);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|flags/).*)"],
};
