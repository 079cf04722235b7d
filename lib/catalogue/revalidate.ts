// Tells the web server that catalogue data changed (the worker runs outside Next.js, where cache
// tags cannot be revalidated directly). Authenticated with a key derived from AUTH_SECRET.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/config/env";
import { errorText, logger } from "@/lib/log/logger";

export function revalidateKey(): string {
  return createHmac("sha256", env().authSecret).update("catalogue-revalidate").digest("base64url");
}

export function isRevalidateKey(given: string | null): boolean {
  const expected = Buffer.from(revalidateKey());
  const actual = Buffer.from(given ?? "");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function notifyCatalogueChanged(): Promise<void> {
  try {
    const res = await fetch(`${env().appUrl}/api/internal/revalidate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${revalidateKey()}` },
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) logger.error({ scope: "catalogue", status: res.status }, "revalidation refused");
  } catch (error) {
    logger.error({ scope: "catalogue", err: errorText(error) }, "revalidation failed (pages refresh within 5 minutes anyway)");
  }
}
