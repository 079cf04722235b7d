// eSIM Go V3 callbacks carry X-Signature-SHA256: HMAC-SHA256 of the raw body keyed with the API key.
// The docs disagree on the encoding (base64 vs hex), so both are accepted, compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyCallbackSignature(rawBody: string, header: string | null, apiKey: string): boolean {
  if (!header) return false;
  const given = header.trim();
  const digest = createHmac("sha256", apiKey).update(rawBody, "utf8").digest();
  const expected = /^[0-9a-f]{64}$/i.test(given) ? Buffer.from(digest.toString("hex")) : Buffer.from(digest.toString("base64"));
  const actual = Buffer.from(/^[0-9a-f]{64}$/i.test(given) ? given.toLowerCase() : given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
