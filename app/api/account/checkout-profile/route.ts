// GET /api/account/checkout-profile – the signed-in buyer's email and store credit for the cached
// plan page's buy form, and whether a referral link's discount may apply (private, never cached)
import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { checkoutProfile } from "@/lib/checkout/profile";
import { REFERRAL_COOKIE } from "@/lib/referrals/referral-code";

export async function GET(request: NextRequest): Promise<Response> {
  const currency = request.nextUrl.searchParams.get("currency");
  const profile = await checkoutProfile(await currentUser(), currency, request.cookies.get(REFERRAL_COOKIE)?.value);
  return Response.json(profile, { headers: { "Cache-Control": "private, no-store" } });
}
