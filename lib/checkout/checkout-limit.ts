// Checkout creation is rate limited (each attempt costs an eSIM Go validation and a Stripe session):
// per client IP and per email, shared by every web instance.
import { env } from "@/lib/config/env";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { hit } from "@/lib/rate-limit/shared-window";

const WINDOW_MS = 10 * 60_000;

// null, or the Errors key and params telling the customer how long to wait.
export async function checkoutLimitError(email: string): Promise<{ error: string; params: { minutes: number } } | null> {
  const normalised = email.trim().toLowerCase().slice(0, 254);
  for (const [key, limit] of [
    [`checkout:ip:${await clientIp()}`, env().CHECKOUT_LIMIT_PER_IP],
    [`checkout:email:${normalised}`, 10],
  ] as const) {
    const result = await hit(key, limit, WINDOW_MS);
    if (!result.allowed) return { error: "checkoutRateLimited", params: { minutes: Math.ceil(result.retryInMs / 60_000) } };
  }
  return null;
}
