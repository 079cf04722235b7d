// The worker syncs the sandbox catalogue when the store first starts; tests wait until it has.
import { expect, type APIRequestContext } from "@playwright/test";

export async function waitForCatalogue(request: APIRequestContext) {
  await expect.poll(async () => (await (await request.get("/api/ready")).json()).ready, { timeout: 30_000, intervals: [250] }).toBe(true);
}
