// A per-process token bucket for floods on hot endpoints (eSIM Go callbacks), where a database
// write per request would halve throughput. Approximate across instances by design: with N
// instances a source gets up to N times the rate, which is fine for flood control.
// Memory is bounded by evicting the least recently seen source, never by clearing every bucket
// (which would hand a flooding source a fresh burst).
export class BurstLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private perSecond: number,
    private burst: number,
    private maxSources = 10_000,
  ) {}

  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.delete(key); // re-inserted last: Map order is then least recently seen first
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxSources) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
