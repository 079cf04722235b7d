// When a failed attempt is tried again, and when the store gives up and asks staff to act.
import { AmbiguousError, NetworkError, RateLimitedError, ServerError } from "@/lib/esimgo";

export const MAX_ATTEMPTS = 8;

// 5 s, 15 s, 45 s, ~2 min, ~7 min, ~20 min, 1 h (FULFILMENT_RETRY_BASE_MS scales it, e.g. in tests).
export function retryDelayMs(attempt: number): number {
  const base = Number(process.env.FULFILMENT_RETRY_BASE_MS ?? 5000);
  return Math.min(base * 3 ** (attempt - 1), 12 * base * 60);
}

// eSIM Go down, overloaded or not answering: nothing is wrong with the line itself. Such lines are
// tried at least every minute, so the backlog drains soon after eSIM Go is back, and they only
// give up after a day (staff see them pending on the dashboard meanwhile).
export const OUTAGE_RETRY_MAX_MS = 60_000;
export const OUTAGE_GIVE_UP_MS = 24 * 3_600_000;

export function isOutage(error: unknown): boolean {
  return (
    error instanceof NetworkError || error instanceof ServerError || error instanceof RateLimitedError || error instanceof AmbiguousError
  );
}

export function nextRetryDelayMs(attempt: number, outage: boolean): number {
  return outage ? Math.min(retryDelayMs(attempt), OUTAGE_RETRY_MAX_MS) : retryDelayMs(attempt);
}

export function shouldGiveUp(attempt: number, outage: boolean, lineCreatedAt: Date, now = Date.now()): boolean {
  return outage ? now - lineCreatedAt.getTime() > OUTAGE_GIVE_UP_MS : attempt >= MAX_ATTEMPTS;
}
