// A per-process token bucket for floods on hot endpoints (eSIM Go callbacks), where a database
// write per request would halve throughput. Approximate across instances by design: with N
// instances a source gets up to N times the rate, which is fine for flood control.
export class BurstLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private perSecond: number, private burst: number) {}

  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (this.buckets.size > 10_000) this.buckets.clear(); // bounded memory under a spoofed-address flood
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
