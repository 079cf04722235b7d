import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
// A private eSIM Go sandbox per test, on a free port, state in memory.
import { startEsimGoSandbox, type EsimGoSandboxOptions } from "../../sandbox/esimgo/server";
import { createEsimGoClient } from "../../lib/esimgo/client";
import type { CallRecord } from "../../lib/esimgo/transport";

export const TEST_API_KEY = "test_esimgo_key_0123456789";

export async function startTestSandbox(options: Partial<EsimGoSandboxOptions> = {}) {
  return startEsimGoSandbox({
    port: 0,
    apiKey: TEST_API_KEY,
    statePath: null,
    callbackUrl: "",
    processingMs: 0,
    rateLimitPerSecond: 1000,
    ...options,
  });
}

export function testClient(baseUrl: string, opts: { timeoutMs?: number; maxRps?: number; calls?: CallRecord[]; apiKey?: string } = {}) {
  return createEsimGoClient({
    baseUrl,
    apiKey: opts.apiKey ?? TEST_API_KEY,
    timeoutMs: opts.timeoutMs ?? 5000,
    maxRps: opts.maxRps ?? 100,
    recordCall: (r) => void opts.calls?.push(r),
  });
}

// A port nothing listens on: connecting to it is refused at once.
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
