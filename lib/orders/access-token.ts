// The buyer's key to an order page: an HMAC-signed, expiring token in the success URL and email
// link. The Stripe session id alone never grants access.
import { currentOrigin } from "@/lib/tenancy/tenants";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/config/env";

const TTL_MS = 30 * 24 * 3600_000; // the email's link keeps working for a month

function sign(payload: string): string {
  return createHmac("sha256", `order-access:${env().authSecret}`).update(payload).digest("base64url");
}

export function orderAccessToken(orderId: string, now = Date.now()): string {
  const expires = (now + TTL_MS).toString(36);
  return `${expires}.${sign(`${orderId}.${expires}`)}`;
}

export function verifyOrderAccessToken(orderId: string, token: string | undefined | null, now = Date.now()): boolean {
  if (!token || token.length > 200) return false;
  const [expires, signature] = token.split(".");
  if (!expires || !signature || parseInt(expires, 36) < now) return false;
  const expected = Buffer.from(sign(`${orderId}.${expires}`));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

// The order page in the buyer's language.
export function orderPath(orderId: string, locale: string): string {
  return `/${locale}/order/${orderId}?token=${orderAccessToken(orderId)}`;
}

// Absolute links (emails) are on the storefront the order belongs to (the current tenant's).
export async function orderUrl(orderId: string, locale: string): Promise<string> {
  return `${await currentOrigin()}${orderPath(orderId, locale)}`;
}

// The order's PDF receipt; with a token it opens without signing in (the thank-you page, emails).
export function receiptPath(orderId: string, locale: string, token?: string): string {
  return `/api/orders/${orderId}/receipt?locale=${locale}${token ? `&token=${token}` : ""}`;
}

export async function receiptUrl(orderId: string, locale: string): Promise<string> {
  return `${await currentOrigin()}${receiptPath(orderId, locale, orderAccessToken(orderId))}`;
}
