import assert from "node:assert/strict";
import { test } from "node:test";
import { BurstLimiter } from "../../lib/rate-limit/burst";

test("a burst is allowed, then the steady rate; sources are counted apart", () => {
  const limiter = new BurstLimiter(10, 20);
  const t = 1_000_000;
  for (let i = 0; i < 20; i++) assert.equal(limiter.take("a", t), true, `burst ${i}`);
  assert.equal(limiter.take("a", t), false, "burst used up");
  assert.equal(limiter.take("b", t), true, "another source has its own bucket");
  assert.equal(limiter.take("a", t + 100), true, "100 ms at 10/s refills one");
  assert.equal(limiter.take("a", t + 100), false);
});

// Finding 8: past 10,000 sources the flood limiter cleared every bucket, handing the flooder a
// fresh burst. Now only the least recently seen source is forgotten.
test("finding 8: many new sources do not reset a flooding source's bucket", () => {
  const limiter = new BurstLimiter(1, 5, 100);
  const t = 2_000_000;
  for (let i = 0; i < 5; i++) limiter.take("flooder", t);
  assert.equal(limiter.take("flooder", t), false);
  for (let i = 0; i < 500; i++) {
    limiter.take(`spoofed-${i}`, t);
    assert.equal(limiter.take("flooder", t), false, `still limited after ${i + 1} other sources`);
  }
});
