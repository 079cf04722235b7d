// The eSIM Go budget is shared through PostgreSQL: two limiters (two processes' worth) together
// never start more than the limit within any window.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createTestDatabase } from "../helpers/database";

const database = await createTestDatabase();
const { sharedLimiter } = await import("../../lib/esimgo/index");
const { hit } = await import("../../lib/rate-limit/shared-window");
after(() => database.drop());

test("two limiters share one budget of 10 per second", async () => {
  const a = sharedLimiter(10);
  const b = sharedLimiter(10);
  const starts: number[] = [];
  await Promise.all(
    Array.from({ length: 24 }, async (_, i) => {
      await (i % 2 ? a : b).acquire();
      starts.push(Date.now());
    }),
  );
  starts.sort((x, y) => x - y);
  for (let i = 10; i < starts.length; i++)
    assert.ok(starts[i] - starts[i - 10] >= 1000, `call ${i} started ${starts[i] - starts[i - 10]} ms after call ${i - 10}`);
});

test("a refused hit says how long to wait", async () => {
  for (let i = 0; i < 3; i++) assert.deepEqual(await hit("sign-in:x@example.com", 3, 60_000), { allowed: true });
  const refused = await hit("sign-in:x@example.com", 3, 60_000);
  assert.equal(refused.allowed, false);
  assert.ok(!refused.allowed && refused.retryInMs > 59_000 && refused.retryInMs <= 60_000);
  assert.deepEqual(await hit("sign-in:other@example.com", 3, 60_000), { allowed: true }, "keys are independent");
});
