// Keeps calls under eSIM Go's limit (request tokens per second; heavier calls cost more than one,
// as X-Ratelimit-Cost says) and pauses every caller when eSIM Go answers 429 or 503 with
// Retry-After. This one counts in memory, for one process; the store passes a shared one
// (lib/rate-limit) so that web servers and workers share the budget.
export type Limiter = { acquire(cost?: number): Promise<void>; pauseFor(ms: number): void };

export class RateLimiter implements Limiter {
  private starts: Array<{ at: number; cost: number }> = [];
  private pausedUntil = 0;

  constructor(private perSecond: number) {}

  pauseFor(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  // A call costing more than the whole window still goes, alone in an empty window.
  async acquire(cost = 1): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (now < this.pausedUntil) {
        await sleep(this.pausedUntil - now);
        continue;
      }
      this.starts = this.starts.filter((s) => now - s.at < 1000);
      const spent = this.starts.reduce((sum, s) => sum + s.cost, 0);
      if (spent + cost <= this.perSecond || (spent === 0 && cost > this.perSecond)) {
        this.starts.push({ at: now, cost });
        return;
      }
      // Wait for the oldest start to leave the window, plus a margin for the server's clock.
      await sleep(1000 - (now - this.starts[0].at) + 15);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
