// The environment, parsed once with zod. With nothing set, the store runs in its embedded default
// mode (embedded PostgreSQL, local eSIM Go and Stripe sandboxes, secrets generated on first start).
// STORE_MODE=production demands every real secret and stops start-up with one line naming the
// first one missing or malformed; outside production, real provider keys are refused the same way.
import { z } from "zod";
import { BRAND } from "@/lib/config/brand";
import { storeHosts } from "@/lib/http/store-hosts";
import { localSecrets, SANDBOX_ESIMGO_KEY_PREFIX, SANDBOX_STRIPE_KEY_PREFIX, type LocalSecrets } from "@/lib/config/local-secrets";

const port = z.coerce.number().int().min(1).max(65535);
const url = z.url({ protocol: /^https?$/ });
const optionalText = z.string().trim().min(1).optional();

const base = z.object({
  STORE_MODE: z.enum(["embedded", "production"]).default("embedded"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  EMBEDDED_PG_PORT: port.default(5433),
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  HOST: z.string().default("127.0.0.1"),
  PORT: port.default(3000),
  APP_URL: url.optional(),
  // Further hosts that serve the shop besides APP_URL's ("www.shop.example,shop.example"); any
  // other Host header gets 404.
  STORE_HOSTS: z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]+(:\d+)?(,\s*[a-z0-9.-]+(:\d+)?)*$/i, "must list hosts such as www.shop.example,shop.example")
    .optional(),
  ESIMGO_API_KEY: optionalText,
  ESIMGO_BASE_URL: url.optional(),
  ESIMGO_SANDBOX_PORT: port.default(4010),
  ESIMGO_SANDBOX_STATE: z.string().default(".data/sandbox/esimgo.json"),
  ESIMGO_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // Enables unsigned V2 callbacks at ?token=
  ESIMGO_CALLBACK_V2_TOKEN: z.string().min(24, "must be at least 24 random characters").optional(),
  ESIMGO_LOW_BALANCE_WARNING: z.coerce.number().min(0).default(100), // in the eSIM Go organisation's currency
  ESIMGO_MAX_RPS: z.coerce.number().int().min(1).max(100).default(10),
  STRIPE_SECRET_KEY: optionalText,
  STRIPE_WEBHOOK_SECRET: optionalText,
  // Resellers' connected accounts: Stripe signs the Connect endpoint's events with its own secret.
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be the Connect endpoint's signing secret (whsec_…)").optional(),
  STRIPE_SANDBOX_PORT: port.default(4020),
  AUTH_SECRET: optionalText,
  SMTP_URL: url.or(z.string().regex(/^smtps?:\/\//)).optional(),
  MAIL_FROM: optionalText,
  STORE_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
    .default("USD"),
  STAFF_EMAILS: z.string().optional(),
  // Schedules of the worker's periodic jobs (cron, UTC); "off" leaves a job unscheduled (a test run
  // that compares tables, or a deployment that triggers it from elsewhere).
  CATALOGUE_SYNC_CRON: z.string().trim().min(1).default("0 */6 * * *"),
  // Exchange rates (ECB reference format): where from, how often, and the margin kept on top of the
  // converted wholesale price against rate moves (basis points: 200 = 2 %).
  FX_RATES_URL: url.optional(),
  FX_RATES_CRON: z.string().trim().min(1).default("30 16 * * *"),
  FX_BUFFER_BPS: z.coerce.number().int().min(0).max(5000).default(200),
  FX_SANDBOX_PORT: port.default(4030),
  USAGE_POLL_CRON: z.string().trim().min(1).default("*/30 * * * *"),
  REFUNDS_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  REFUND_METHOD: z.enum(["card", "credit"]).default("card"),
  REFUND_APPROVAL_ABOVE_MINOR: z.coerce.number().int().min(0).default(5000),
  // A paid line with no eSIM this many minutes after payment is refunded automatically.
  UNDELIVERED_REFUND_MINUTES: z.coerce.number().int().min(1).default(70),
  // Referrals: a new customer's discount on the first order through a referral link, and the
  // referrer's store credit once that order is delivered, both in percent of the order (0: off).
  REFERRAL_DISCOUNT_PERCENT: z.coerce.number().int().min(0).max(50).default(10),
  REFERRAL_CREDIT_PERCENT: z.coerce.number().int().min(0).max(50).default(10),
  // Sign-in links per client IP per 15 minutes (per email it is always 5). Raise it when many
  // customers share an address (an office, a hotel, a test suite).
  SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  // Checkout sessions started per client IP per 10 minutes (per email it is always 10).
  CHECKOUT_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  // How many proxies in front of the store append to X-Forwarded-For; 0 = clients connect directly
  // and the socket address is the client (see lib/http/trusted-proxies.mjs).
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  // Receipts: the seller's legal details, and VAT (or sales tax) rates per billing country,
  // included in the prices ("DE:19,FR:20,GB:20"). A country without a rate gets no tax line.
  LEGAL_NAME: optionalText,
  LEGAL_ADDRESS: optionalText,
  LEGAL_TAX_ID: optionalText,
  TAX_RATES: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}:\d{1,2}(\.\d{1,2})?(,[A-Z]{2}:\d{1,2}(\.\d{1,2})?)*$/, "must look like DE:19,FR:20,GB:20")
    .optional(),
  // Lets a monitor read /api/health's details (Authorization: Bearer <token>); staff always can.
  HEALTH_TOKEN: z.string().min(24, "must be at least 24 random characters").optional(),
});

// What production cannot run without; each entry names the variable and what it must look like.
const productionRequirements: Array<[keyof z.infer<typeof base>, (v: string) => boolean, string]> = [
  ["DATABASE_URL", (v) => v.length > 0, "a postgresql:// URL"],
  ["APP_URL", (v) => v.startsWith("https://") || v.startsWith("http://"), "the public https:// URL of the store"],
  ["ESIMGO_API_KEY", (v) => !v.startsWith(SANDBOX_ESIMGO_KEY_PREFIX) && v.length >= 16, "your eSIM Go API key"],
  ["STRIPE_SECRET_KEY", (v) => /^(sk|rk)_(live|test)_/.test(v), "a Stripe secret key (sk_live_… or sk_test_…)"],
  ["STRIPE_WEBHOOK_SECRET", (v) => v.startsWith("whsec_"), "the webhook signing secret (whsec_…)"],
  ["AUTH_SECRET", (v) => v.length >= 32, "at least 32 random characters"],
  ["SMTP_URL", (v) => /^smtps?:\/\//.test(v), "an smtp:// or smtps:// URL"],
  ["MAIL_FROM", (v) => v.includes("@"), "the sender address"],
];

export type Env = ReturnType<typeof parseEnv>;

export class ConfigError extends Error {}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

// Outside production the store must only ever reach its own sandboxes: a real key there would run
// a shop whose webhook and callback secrets are the locally generated ones.
function refuseRealProviders(e: z.infer<typeof base>) {
  if (e.STRIPE_SECRET_KEY && !e.STRIPE_SECRET_KEY.startsWith(SANDBOX_STRIPE_KEY_PREFIX)) {
    throw new ConfigError(
      "Configuration error: STRIPE_SECRET_KEY is a real Stripe key; outside STORE_MODE=production the store only uses its Stripe sandbox.",
    );
  }
  if (e.ESIMGO_BASE_URL && !LOOPBACK.has(new URL(e.ESIMGO_BASE_URL).hostname)) {
    throw new ConfigError(
      "Configuration error: ESIMGO_BASE_URL is not the local sandbox; " +
        "outside STORE_MODE=production the store only uses its eSIM Go sandbox.",
    );
  }
}

export function parseEnv(source: Record<string, string | undefined> = process.env, secrets: () => LocalSecrets = localSecrets) {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = base.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Configuration error: ${String(issue.path[0])} ${issue.message.toLowerCase()}`);
  }
  const e = parsed.data;
  const production = e.STORE_MODE === "production";
  if (production) {
    for (const [name, ok, expected] of productionRequirements) {
      const value = e[name];
      if (typeof value !== "string" || !ok(value)) {
        throw new ConfigError(`Configuration error: ${name} is ${value ? "malformed" : "missing"}; production mode needs ${expected}.`);
      }
    }
  } else refuseRealProviders(e);
  // Production has every secret set (checked above), so the local file is read only outside it.
  const local = (key: keyof LocalSecrets, given: string | undefined) => given ?? secrets()[key];
  const appUrl = e.APP_URL ?? `http://${e.HOST}:${e.PORT}`;
  return {
    ...e,
    production,
    appUrl,
    hosts: storeHosts(appUrl, e.STORE_HOSTS, production),
    esimgo: {
      apiKey: local("esimgoApiKey", e.ESIMGO_API_KEY),
      baseUrl: e.ESIMGO_BASE_URL ?? (production ? "https://api.esim-go.com/v2.5" : `http://127.0.0.1:${e.ESIMGO_SANDBOX_PORT}/v2.5`),
      timeoutMs: e.ESIMGO_TIMEOUT_MS,
      maxRps: e.ESIMGO_MAX_RPS,
    },
    stripe: {
      secretKey: local("stripeSecretKey", e.STRIPE_SECRET_KEY),
      webhookSecret: local("stripeWebhookSecret", e.STRIPE_WEBHOOK_SECRET),
      connectWebhookSecret: e.STRIPE_CONNECT_WEBHOOK_SECRET ?? null,
      // Outside production the SDK always talks to the local sandbox (real keys are refused above).
      sandbox: production ? null : { host: "127.0.0.1", port: e.STRIPE_SANDBOX_PORT, protocol: "http" as const },
    },
    fxRatesUrl:
      e.FX_RATES_URL ??
      (production
        ? "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
        : `http://127.0.0.1:${e.FX_SANDBOX_PORT}/eurofxref-daily.xml`),
    authSecret: local("authSecret", e.AUTH_SECRET),
    // Production: only a configured token (none: staff only). Embedded: the generated one.
    healthToken: production ? e.HEALTH_TOKEN : local("healthToken", e.HEALTH_TOKEN),
    // Embedded mode shows what a configured store's receipts look like (demo details and the
    // usual European VAT rates); production prints only what is configured.
    receipts: {
      legalName: e.LEGAL_NAME ?? (production ? BRAND.name : `${BRAND.name} Travel Ltd (demo)`),
      legalAddress: e.LEGAL_ADDRESS ?? (production ? null : "1 Harbour Street, London E1W 1AA, United Kingdom"),
      taxId: e.LEGAL_TAX_ID ?? (production ? null : "GB 000 0000 00 (demo)"),
      taxRates: parseTaxRates(e.TAX_RATES ?? (production ? "" : "AT:20,BE:21,DE:19,ES:21,FR:20,GB:20,IE:23,IT:22,NL:21,PT:23")),
    },
    // Embedded mode comes with two staff logins (sign in through the local mailbox): a credit one
    // records must be confirmed by the other.
    staffEmails: (e.STAFF_EMAILS ?? (production ? "" : "staff@example.test,staff2@example.test"))
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  };
}

function parseTaxRates(text: string): Record<string, number> {
  return Object.fromEntries(
    text
      .split(",")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, 2), Number(pair.slice(3))]),
  );
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
