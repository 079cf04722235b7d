// What e2e tests know about the store under test (see playwright.config.ts).
import { SANDBOX_ESIMGO_API_KEY, SANDBOX_STRIPE_SECRET_KEY, SANDBOX_STRIPE_WEBHOOK_SECRET } from "../../lib/env";

const app = Number(process.env.E2E_PORT ?? 3100);
export const ESIMGO_SANDBOX = `http://127.0.0.1:${app + 1010}`;
export const STRIPE_SANDBOX = `http://127.0.0.1:${app + 1020}`;
export { SANDBOX_ESIMGO_API_KEY, SANDBOX_STRIPE_SECRET_KEY, SANDBOX_STRIPE_WEBHOOK_SECRET };
