import assert from "node:assert/strict";
import { test } from "node:test";
import { AmbiguousError, InvalidRequestError, NetworkError, ServerError } from "../../lib/esimgo/errors";
import { MAX_ATTEMPTS, OUTAGE_RETRY_MAX_MS, isOutage, nextRetryDelayMs, shouldGiveUp } from "../../lib/fulfilment/retry-policy";

test("an eSIM Go outage is retried at least every minute and only given up after a day", () => {
  assert.ok(isOutage(new NetworkError("connection refused")));
  assert.ok(isOutage(new ServerError(503, "down")));
  assert.ok(isOutage(new AmbiguousError("timed out after 15000 ms")));
  assert.ok(!isOutage(new InvalidRequestError(400, "Insufficient balance")));
  assert.equal(nextRetryDelayMs(6, true), OUTAGE_RETRY_MAX_MS);
  assert.ok(nextRetryDelayMs(6, false) > OUTAGE_RETRY_MAX_MS, "a line-specific failure keeps its longer backoff");
  const created = new Date("2026-11-23T10:00:00Z");
  assert.equal(shouldGiveUp(50, true, created, created.getTime() + 23 * 3_600_000), false);
  assert.equal(shouldGiveUp(50, true, created, created.getTime() + 25 * 3_600_000), true);
  assert.equal(shouldGiveUp(MAX_ATTEMPTS, false, created, created.getTime()), true);
});
