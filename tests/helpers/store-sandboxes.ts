// The outside world of an integration test that buys and refunds: a throw-away database, the eSIM
// Go sandbox and the Stripe sandbox (its webhooks go nowhere: a test delivers the events it
// wants), with the environment pointing the store's code at them. Import lib code only after
// awaiting this, so that it reads this environment.
import Stripe from "stripe";
import { localSecrets } from "../../lib/config/local-secrets";
import { startStripeSandbox } from "../../sandbox/stripe/server";
import { createTestDatabase } from "./database";
import { startTestSandbox, testClient, TEST_API_KEY } from "./sandbox";

type Options = { webhookSecret: string; webhookBaseDelayMs?: number; env?: Record<string, string> };

export async function startStoreSandboxes({ webhookSecret, webhookBaseDelayMs, env = {} }: Options) {
  const database = await createTestDatabase();
  const esimgoSandbox = await startTestSandbox();
  const stripeKey = localSecrets().stripeSecretKey;
  const stripeSandbox = await startStripeSandbox({
    port: 0,
    secretKey: stripeKey,
    webhookSecret,
    webhookUrl: "http://127.0.0.1:9/unused",
    ...(webhookBaseDelayMs === undefined ? {} : { webhookBaseDelayMs }),
  });
  Object.assign(process.env, {
    ESIMGO_BASE_URL: esimgoSandbox.baseUrl,
    ESIMGO_API_KEY: TEST_API_KEY,
    STRIPE_SANDBOX_PORT: String(stripeSandbox.port),
    APP_URL: "http://store.test",
    STORE_CURRENCY: "USD",
    ...env,
  });
  delete process.env.STRIPE_SECRET_KEY;
  return {
    database,
    esimgoSandbox,
    stripeSandbox,
    stripe: new Stripe(stripeKey, { host: "127.0.0.1", port: stripeSandbox.port, protocol: "http" }),
    // What the worker does on a first start: the job tables exist and the catalogue is synced.
    async prepare() {
      const { startBoss } = await import("../../lib/jobs/boss");
      const { syncCatalogue } = await import("../../lib/catalogue/sync");
      await (await startBoss(database.url)).stop({ graceful: false });
      await syncCatalogue(testClient(esimgoSandbox.baseUrl), { storeCurrency: "USD" });
    },
    async stop() {
      await esimgoSandbox.stop();
      await stripeSandbox.stop();
      await database.drop();
    },
  };
}
