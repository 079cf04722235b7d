// GET /r/{code} – a customer's referral link: remembers the code for 30 days (the new customer's
// discount at checkout) and opens the shop. An unknown or malformed code opens the shop all the same.
import { NextResponse } from "next/server";
import { currentOrigin } from "@/lib/tenancy/tenants";
import { REFERRAL_CODE, REFERRAL_COOKIE } from "@/lib/referrals/referral-code";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const code = (await params).code.toUpperCase();
  const origin = await currentOrigin(); // the storefront's own (a reseller's), never the Host header
  const response = NextResponse.redirect(new URL("/", origin), 303);
  response.headers.set("Cache-Control", "private, no-store");
  if (REFERRAL_CODE.test(code))
    response.cookies.set(REFERRAL_COOKIE, code, {
      httpOnly: true,
      sameSite: "lax",
      secure: origin.startsWith("https://"),
      path: "/",
      maxAge: 30 * 24 * 3600,
    });
  return response;
}
