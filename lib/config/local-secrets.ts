// The embedded default's own secrets: made at random on first start and kept in a git-ignored
// file (LOCAL_SECRETS_FILE, default .data/secrets.json), so no key that signs or verifies is ever
// a constant in the source. Every process of one store (launcher, web, worker, tests) reads the
// same file; production never uses it (it demands real secrets in the environment).
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// Sandbox-shaped keys: the prefixes tell them apart from real Stripe and eSIM Go keys.
export const SANDBOX_STRIPE_KEY_PREFIX = "sk_test_sandbox_";
export const SANDBOX_ESIMGO_KEY_PREFIX = "sandbox_esimgo_";

const secretsSchema = z.object({
  authSecret: z.string().min(32),
  esimgoApiKey: z.string().startsWith(SANDBOX_ESIMGO_KEY_PREFIX),
  stripeSecretKey: z.string().startsWith(SANDBOX_STRIPE_KEY_PREFIX),
  stripeWebhookSecret: z.string().startsWith("whsec_"),
  healthToken: z.string().min(24),
});
export type LocalSecrets = z.infer<typeof secretsSchema>;

const random = (bytes: number) => randomBytes(bytes).toString("hex");

function generate(): LocalSecrets {
  return {
    authSecret: randomBytes(32).toString("base64url"),
    esimgoApiKey: `${SANDBOX_ESIMGO_KEY_PREFIX}${random(16)}`,
    stripeSecretKey: `${SANDBOX_STRIPE_KEY_PREFIX}${random(16)}`,
    stripeWebhookSecret: `whsec_${random(24)}`,
    healthToken: random(24),
  };
}

export function localSecretsFile(): string {
  return path.resolve(process.env.LOCAL_SECRETS_FILE || ".data/secrets.json");
}

// Reads the file, or creates it once: written aside and hard-linked into place, so two processes
// starting together end up with the same secrets (the second link fails and it reads the first).
export function localSecrets(file = localSecretsFile()): LocalSecrets {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const draft = `${file}.${process.pid}.${random(4)}`;
    writeFileSync(draft, JSON.stringify(generate(), null, 2), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  const parsed = secretsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a valid secrets file; delete it to make new secrets`);
  return parsed.data;
}
