// What e2e tests know about the store under test (see playwright.config.ts).
import { tmpdir } from "node:os";
import path from "node:path";
import { SANDBOX_ESIMGO_API_KEY, SANDBOX_STRIPE_SECRET_KEY, SANDBOX_STRIPE_WEBHOOK_SECRET } from "../../lib/env";

const app = Number(process.env.E2E_PORT ?? 3100);
export const ESIMGO_SANDBOX = `http://127.0.0.1:${app + 1010}`;
export const STRIPE_SANDBOX = `http://127.0.0.1:${app + 1020}`;
// Everything the store's processes print during the suite (the launcher writes it).
export const STORE_LOG_FILE = path.join(tmpdir(), `e2e-store-${app}.log`);
export { SANDBOX_ESIMGO_API_KEY, SANDBOX_STRIPE_SECRET_KEY, SANDBOX_STRIPE_WEBHOOK_SECRET };
