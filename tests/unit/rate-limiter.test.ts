import assert from "node:assert/strict";
import { test } from "node:test";
import { RateLimiter } from "../../lib/esimgo/rate-limiter";

test("no more than the limit start within any second", async () => {
  const limiter = new RateLimiter(5);
  const starts: number[] = [];
  await Promise.all(
    Array.from({ length: 12 }, async () => {
      await limiter.acquire();
      starts.push(Date.now());
    }),
  );
  starts.sort((a, b) => a - b);
  for (let i = 5; i < starts.length; i++)
    assert.ok(starts[i] - starts[i - 5] >= 1000, `start ${i} came ${starts[i] - starts[i - 5]} ms after start ${i - 5}`);
});

test("a pause holds every caller until it ends", async () => {
  const limiter = new RateLimiter(100);
  const t0 = Date.now();
  limiter.pauseFor(300);
  await limiter.acquire();
  assert.ok(Date.now() - t0 >= 290);
});
