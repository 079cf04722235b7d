// GET /api/account/checkout-profile – the signed-in buyer's email and store credit for the cached
// plan page's buy form (private, never cached; anonymous callers get { signedIn: false })
import { currentUser } from "@/lib/auth/session";
import { checkoutProfile } from "@/lib/checkout/profile";

export async function GET(request: Request): Promise<Response> {
  const currency = new URL(request.url).searchParams.get("currency");
  return Response.json(await checkoutProfile(await currentUser(), currency), { headers: { "Cache-Control": "private, no-store" } });
}
