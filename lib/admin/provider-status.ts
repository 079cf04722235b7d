// eSIM Go as staff see it: the organisation (balance, callback URL) and a timed connection test.
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { EsimGoError, esimgo } from "@/lib/esimgo";

export async function connectionTest() {
  const started = performance.now();
  try {
    const org = await esimgo().organisation();
    const expected = `${env().appUrl}/api/esimgo/callback`;
    return {
      ok: true as const,
      latencyMs: Math.round(performance.now() - started),
      name: org.name,
      balance: org.balance,
      currency: org.currency,
      callbackUrl: org.callbackUrl ?? null,
      callbackOk: (org.callbackUrl ?? "").startsWith(expected),
      expectedCallbackUrl: expected,
    };
  } catch (error) {
    return {
      ok: false as const,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof EsimGoError ? error.message : String(error),
    };
  }
}

// The dashboard's balance: one eSIM Go call a minute at most.
export const cachedBalance = unstable_cache(
  async () => {
    const test = await connectionTest();
    return test.ok ? { balance: test.balance, currency: test.currency } : null;
  },
  ["esimgo-balance"],
  { revalidate: 60 },
);

// A balance alert from eSIM Go in the last day (shown as a banner on every admin page).
export function recentBalanceAlert() {
  return db.usageSnapshot.findFirst({
    where: { alertType: { in: ["LowBalance", "InsufficientBalance"] }, receivedAt: { gte: new Date(Date.now() - 86_400_000) } },
    orderBy: { receivedAt: "desc" },
  });
}
