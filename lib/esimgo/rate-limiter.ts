// Keeps calls under eSIM Go's limit (requests per second) and pauses every caller when eSIM Go
// answers 429 or 503 with Retry-After. This one counts in memory, for one process; the store
// passes a shared one (lib/rate-limit) so that web servers and workers share the budget.
export type Limiter = { acquire(): Promise<void>; pauseFor(ms: number): void };

export class RateLimiter implements Limiter {
  private starts: number[] = [];
  private pausedUntil = 0;

  constructor(private perSecond: number) {}

  pauseFor(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  async acquire(): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (now < this.pausedUntil) {
        await sleep(this.pausedUntil - now);
        continue;
      }
      this.starts = this.starts.filter((t) => now - t < 1000);
      if (this.starts.length < this.perSecond) {
        this.starts.push(now);
        return;
      }
      // Wait for the oldest start to leave the window, plus a margin for the server's clock.
      await sleep(1000 - (now - this.starts[0]) + 15);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
