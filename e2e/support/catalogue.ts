// The worker syncs the sandbox catalogue when the store first starts; tests wait until it has.
import { expect, type APIRequestContext } from "@playwright/test";

export async function waitForCatalogue(request: APIRequestContext) {
  await expect.poll(async () => (await (await request.get("/api/health")).json()).catalogue?.lastSyncAt ?? null, { timeout: 30_000, intervals: [250] }).not.toBeNull();
}
