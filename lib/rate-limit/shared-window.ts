// A sliding-window rate limit shared by every process of the store, kept in PostgreSQL: at most
// `limit` hits per `windowMs` for a key. An advisory lock serialises the check for one key.
import { db } from "@/lib/db";

export type HitResult = { allowed: true } | { allowed: false; retryInMs: number };

// `weight`: how many of the limit this hit uses (eSIM Go's heavier calls); one hit heavier than the
// whole limit still passes when the window is empty.
export async function hit(key: string, limit: number, windowMs: number, weight = 1): Promise<HitResult> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(${key}))) AS locked`;
    await tx.$executeRaw`
      DELETE FROM "RateLimitHit"
      WHERE key = ${key} AND at < clock_timestamp() - make_interval(secs => ${Math.max(windowMs, 60_000) / 1000})`;
    const [row] = await tx.$queryRaw<Array<{ n: bigint; oldest_age_ms: number | null }>>`
      SELECT count(*) AS n, (EXTRACT(EPOCH FROM clock_timestamp() - min(at)) * 1000)::float8 AS oldest_age_ms
      FROM "RateLimitHit" WHERE key = ${key} AND at > clock_timestamp() - make_interval(secs => ${windowMs / 1000})`;
    if (Number(row.n) + weight <= limit || (Number(row.n) === 0 && weight > limit)) {
      await tx.$executeRaw`INSERT INTO "RateLimitHit" (key, at) SELECT ${key}, clock_timestamp() FROM generate_series(1, ${weight})`;
      return { allowed: true } as const;
    }
    return { allowed: false, retryInMs: Math.max(1, windowMs - (row.oldest_age_ms ?? 0)) } as const;
  });
}
