import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, parseEnv, SANDBOX_ESIMGO_API_KEY } from "../../lib/env";

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
  const e = parseEnv({});
  assert.equal(e.production, false);
  assert.equal(e.DATABASE_URL, undefined);
  assert.equal(e.esimgo.apiKey, SANDBOX_ESIMGO_API_KEY);
  assert.equal(e.esimgo.baseUrl, "http://127.0.0.1:4010/v2.5");
  assert.equal(e.appUrl, "http://127.0.0.1:3000");
  assert.equal(e.STORE_CURRENCY, "USD");
});

test("a complete production configuration is accepted and talks to the real eSIM Go", () => {
  const e = parseEnv(production);
  assert.equal(e.production, true);
  assert.equal(e.esimgo.baseUrl, "https://api.esim-go.com/v2.5");
  assert.equal(e.esimgo.apiKey, production.ESIMGO_API_KEY);
});

for (const name of ["DATABASE_URL", "ESIMGO_API_KEY", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "AUTH_SECRET", "SMTP_URL", "MAIL_FROM", "APP_URL"]) {
  test(`production without ${name} fails with one line naming it`, () => {
    const { [name]: _dropped, ...rest } = production as Record<string, string>;
    assert.throws(() => parseEnv(rest), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, new RegExp(`^Configuration error: ${name} is missing`));
      assert.equal(error.message.includes("\n"), false);
      return true;
    });
  });
}

test("a malformed secret is named as malformed", () => {
  assert.throws(() => parseEnv({ ...production, STRIPE_WEBHOOK_SECRET: "not-a-secret" }), /STRIPE_WEBHOOK_SECRET is malformed/);
  assert.throws(() => parseEnv({ ...production, ESIMGO_API_KEY: SANDBOX_ESIMGO_API_KEY }), /ESIMGO_API_KEY is malformed/);
});

test("a malformed value is rejected even in embedded mode", () => {
  assert.throws(() => parseEnv({ DATABASE_URL: "mysql://x" }), /Configuration error: DATABASE_URL/);
  assert.throws(() => parseEnv({ PORT: "70000" }), /Configuration error: PORT/);
  assert.throws(() => parseEnv({ STORE_CURRENCY: "usd" }), /Configuration error: STORE_CURRENCY/);
});
