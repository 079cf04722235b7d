// What e2e tests know about the store under test (see playwright.config.ts).
import { tmpdir } from "node:os";
import path from "node:path";
import { localSecrets } from "../../lib/config/local-secrets";

const app = Number(process.env.E2E_PORT ?? 3100);
export const ESIMGO_SANDBOX = `http://127.0.0.1:${app + 1010}`;
export const STRIPE_SANDBOX = `http://127.0.0.1:${app + 1020}`;
// Everything the store's processes print during the suite (the launcher writes it).
export const STORE_LOG_FILE = path.join(tmpdir(), `e2e-store-${app}.log`);
// The store under test generates its secrets into this file on first start; tests read the same
// file to sign webhooks and talk to the sandboxes as the store does.
export const SECRETS_FILE = path.join(tmpdir(), `e2e-secrets-${app}.json`);
const secrets = localSecrets(SECRETS_FILE);
export const SANDBOX_ESIMGO_API_KEY = secrets.esimgoApiKey;
export const SANDBOX_STRIPE_SECRET_KEY = secrets.stripeSecretKey;
export const SANDBOX_STRIPE_WEBHOOK_SECRET = secrets.stripeWebhookSecret;
export const AUTH_SECRET = secrets.authSecret;
export const HEALTH_TOKEN = secrets.healthToken;
