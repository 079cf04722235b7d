// Delivers events to the store's webhook like Stripe: `Stripe-Signature: t=…,v1=HMAC-SHA256(secret,
// "t.payload")`, and retries any non-2xx answer with exponential backoff.
import { createHmac } from "node:crypto";
import { newId, now } from "./objects";

export type StripeEvent = {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: unknown };
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  type: string;
};

export function signPayload(payload: string, secret: string, timestamp = now()): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

export class WebhookSender {
  readonly events: StripeEvent[] = [];
  private pending = new Set<Promise<void>>();
  deliveries = 0;

  constructor(private options: { url: string; secret: string; maxAttempts: number; baseDelayMs: number }) {}

  emit(type: string, object: unknown): StripeEvent {
    const event: StripeEvent = {
      id: newId("evt"),
      object: "event",
      api_version: "2025-10-29.clover",
      created: now(),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    this.events.push(event);
    const job = this.deliver(event).finally(() => this.pending.delete(job));
    this.pending.add(job);
    return event;
  }

  private async deliver(event: StripeEvent) {
    const payload = JSON.stringify(event, null, 2);
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
      try {
        this.deliveries++;
        const res = await fetch(this.options.url, {
          method: "POST",
          headers: {
            "Content-Type": "application/json; charset=utf-8",
            "Stripe-Signature": signPayload(payload, this.options.secret),
            "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          },
          body: payload,
          signal: AbortSignal.timeout(20_000),
        });
        if (res.ok) return;
      } catch {
        // unreachable store: retried below
      }
      // unref: a pending retry never keeps a finished test process alive (the server does otherwise)
      await new Promise((r) => setTimeout(r, this.options.baseDelayMs * 2 ** (attempt - 1)).unref());
    }
  }

  async settle() {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
