// When a failed attempt is tried again, and when the store gives up and asks staff to act.
export const MAX_ATTEMPTS = 8;

// 5 s, 15 s, 45 s, ~2 min, ~7 min, ~20 min, 1 h (FULFILMENT_RETRY_BASE_MS scales it, e.g. in tests).
export function retryDelayMs(attempt: number): number {
  const base = Number(process.env.FULFILMENT_RETRY_BASE_MS ?? 5000);
  return Math.min(base * 3 ** (attempt - 1), 12 * base * 60);
}
