import assert from "node:assert/strict";
import { test } from "node:test";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, parseEnv } from "../../lib/config/env";
import { localSecrets, type LocalSecrets } from "../../lib/config/local-secrets";

const secretsFile = path.join(mkdtempSync(path.join(tmpdir(), "env-test-")), "secrets.json");
const generated = () => localSecrets(secretsFile);

const production = {
  STORE_MODE: "production",
  DATABASE_URL: "postgresql://store:pw@db.internal:5432/store",
  APP_URL: "https://shop.example.com",
  ESIMGO_API_KEY: "live_key_abcdefghijklmnop",
  STRIPE_SECRET_KEY: "sk_live_abc",
  STRIPE_WEBHOOK_SECRET: "whsec_abc",
  AUTH_SECRET: "x".repeat(32),
  SMTP_URL: "smtps://user:pw@smtp.example.com:465",
  MAIL_FROM: "Store <hello@example.com>",
};

test("with nothing configured the store runs in embedded mode against the sandbox", () => {
  const e = parseEnv({}, generated);
  assert.equal(e.production, false);
  assert.equal(e.DATABASE_URL, undefined);
  assert.equal(e.esimgo.apiKey, generated().esimgoApiKey);
  assert.equal(e.esimgo.baseUrl, "http://127.0.0.1:4010/v2.5");
  assert.equal(e.appUrl, "http://127.0.0.1:3000");
  assert.equal(e.STORE_CURRENCY, "USD");
});

test("a complete production configuration is accepted and talks to the real eSIM Go", () => {
  const e = parseEnv(production, () => assert.fail("production never reads the local secrets file"));
  assert.equal(e.production, true);
  assert.equal(e.esimgo.baseUrl, "https://api.esim-go.com/v2.5");
  assert.equal(e.esimgo.apiKey, production.ESIMGO_API_KEY);
  assert.deepEqual(e.hosts, ["shop.example.com"]);
  assert.deepEqual(parseEnv({ ...production, STORE_HOSTS: "www.shop.example.com" }).hosts, ["shop.example.com", "www.shop.example.com"]);
});

for (const name of [
  "DATABASE_URL",
  "ESIMGO_API_KEY",
  "STRIPE_SECRET_KEY",
  "STRIPE_WEBHOOK_SECRET",
  "AUTH_SECRET",
  "SMTP_URL",
  "MAIL_FROM",
  "APP_URL",
]) {
  test(`production without ${name} fails with one line naming it`, () => {
    const { [name]: _dropped, ...rest } = production as Record<string, string>;
    assert.throws(
      () => parseEnv(rest),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, new RegExp(`^Configuration error: ${name} is missing`));
        assert.equal(error.message.includes("\n"), false);
        return true;
      },
    );
  });
}

test("a malformed secret is named as malformed", () => {
  assert.throws(() => parseEnv({ ...production, STRIPE_WEBHOOK_SECRET: "not-a-secret" }), /STRIPE_WEBHOOK_SECRET is malformed/);
  assert.throws(() => parseEnv({ ...production, ESIMGO_API_KEY: generated().esimgoApiKey }), /ESIMGO_API_KEY is malformed/);
});

test("a malformed value is rejected even in embedded mode", () => {
  assert.throws(() => parseEnv({ DATABASE_URL: "mysql://x" }, generated), /Configuration error: DATABASE_URL/);
  assert.throws(() => parseEnv({ PORT: "70000" }, generated), /Configuration error: PORT/);
  assert.throws(() => parseEnv({ STORE_CURRENCY: "usd" }, generated), /Configuration error: STORE_CURRENCY/);
  assert.throws(() => parseEnv({ STORE_HOSTS: "https://www.shop.example/" }, generated), /Configuration error: STORE_HOSTS/);
});

// Finding 4: published secrets were live whenever STORE_MODE was not production.
test("finding 4: no secret that signs or verifies is a constant in the source", () => {
  const source = readFileSync(path.resolve(import.meta.dirname, "../../lib/config/env.ts"), "utf8");
  assert.doesNotMatch(source, /whsec_[A-Za-z0-9]{6,}|sk_test_[A-Za-z0-9_]{6,}|-secret-|sandbox_esimgo_[0-9a-f]{6,}/);
  const a = localSecrets(path.join(mkdtempSync(path.join(tmpdir(), "env-a-")), "s.json"));
  const b = localSecrets(path.join(mkdtempSync(path.join(tmpdir(), "env-b-")), "s.json"));
  for (const key of Object.keys(a) as Array<keyof LocalSecrets>) assert.notEqual(a[key], b[key], `${key} differs per installation`);
  assert.deepEqual(generated(), generated(), "the file is made once and then kept");
});

test("finding 4: a real Stripe key or a non-sandbox eSIM Go URL outside production stops start-up in one line", () => {
  for (const [name, value] of [
    ["STRIPE_SECRET_KEY", "sk_live_51Habc"],
    ["STRIPE_SECRET_KEY", "sk_test_51Habc"],
    ["ESIMGO_BASE_URL", "https://api.esim-go.com/v2.5"],
  ]) {
    assert.throws(
      () => parseEnv({ [name]: value }, generated),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, new RegExp(`^Configuration error: ${name} is `));
        assert.equal(error.message.includes("\n"), false);
        return true;
      },
    );
  }
  // The webhook secret checked outside production is the generated one, never a published constant.
  assert.equal(parseEnv({}, generated).stripe.webhookSecret, generated().stripeWebhookSecret);
  assert.notEqual(parseEnv({ STRIPE_SECRET_KEY: generated().stripeSecretKey }, generated).stripe.sandbox, null);
});
