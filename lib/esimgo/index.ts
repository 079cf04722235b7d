// The store's eSIM Go client: configured from the environment, logging every call to the
// provider call log table. Everything outside lib/esimgo talks to eSIM Go through this.
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hit } from "@/lib/rate-limit/shared-window";
import { createEsimGoClient, type EsimGoClient } from "./client";
import type { Limiter } from "./rate-limiter";
import type { CallRecord } from "./transport";

export * from "./errors";
export { activationCode, installLinks } from "./activation";
export type { EsimGoClient, OrderLineRequest } from "./client";
export type { CatalogueBundle, EsimDetail, EsimGoOrder, InstallData } from "./schemas";

const globalForClient = globalThis as unknown as { esimgoClient?: EsimGoClient };

export async function recordProviderCall(r: CallRecord) {
  await db.providerCall.create({
    data: {
      provider: "esimgo",
      method: r.method,
      path: r.path,
      requestBody: r.requestBody as Prisma.InputJsonValue | undefined,
      status: r.status,
      responseBody: r.responseBody as Prisma.InputJsonValue | undefined,
      durationMs: r.durationMs,
      outcome: r.outcome,
      error: r.error,
      orderLineId: r.orderLineId,
    },
  });
}

// eSIM Go counts requests per source IP: every process of the store shares one budget. The window
// is a little longer than a second to absorb network jitter between here and eSIM Go's clock.
export function sharedLimiter(perSecond: number): Limiter {
  let pausedUntil = 0;
  return {
    pauseFor: (ms) => void (pausedUntil = Math.max(pausedUntil, Date.now() + ms)),
    async acquire(cost = 1) {
      for (;;) {
        const wait = pausedUntil - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const result = await hit("esimgo", perSecond, 1050, cost);
        if (result.allowed) return;
        await new Promise((r) => setTimeout(r, result.retryInMs + 5));
      }
    },
  };
}

export function esimgo(): EsimGoClient {
  const { esimgo: config } = env();
  globalForClient.esimgoClient ??= createEsimGoClient({ ...config, limiter: sharedLimiter(config.maxRps), recordCall: recordProviderCall });
  return globalForClient.esimgoClient;
}
