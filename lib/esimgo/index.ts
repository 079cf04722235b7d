// The store's eSIM Go client: configured from the environment, logging every call to the
// provider call log table. Everything outside lib/esimgo talks to eSIM Go through this.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createEsimGoClient, type EsimGoClient } from "./client";
import type { CallRecord } from "./transport";

export * from "./errors";
export { activationCode, installLinks } from "./activation";
export type { EsimGoClient, OrderLineRequest } from "./client";
export type { CatalogueBundle, EsimGoOrder, InstallData } from "./schemas";

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

export function esimgo(): EsimGoClient {
  const { esimgo: config } = env();
  globalForClient.esimgoClient ??= createEsimGoClient({ ...config, recordCall: recordProviderCall });
  return globalForClient.esimgoClient;
}
