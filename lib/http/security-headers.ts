// The security headers every response carries. The Content-Security-Policy allows the page's own
// inline scripts by hash (the web process fills in the placeholder for the HTML it sends), Next's
// script files by their integrity hashes, and scripts those load ('strict-dynamic'); frames
// nowhere; forms only to this store and Stripe Checkout. Development needs eval for React's
// debugging and cannot hash (next dev sends no integrity): it allows inline scripts instead.
import { PLACEHOLDER } from "./csp-placeholder.mjs";

export type HeaderOptions = { production: boolean; development: boolean; checkoutOrigin: string };

export function contentSecurityPolicy({ production, development, checkoutOrigin }: HeaderOptions): string {
  return [
    "default-src 'self'",
    development ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : `script-src 'self' ${PLACEHOLDER} 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    `form-action 'self' ${checkoutOrigin}`, // a no-JavaScript checkout posts, then is redirected to Stripe
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY", // for browsers without frame-ancestors
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload" } : {}),
  };
}

// Server actions are POSTs carrying a Next-Action header. A browser always sends Origin with them;
// one whose host is not the host the request was sent to (or a missing Origin, which no browser
// omits) is refused before Next runs. (Next.js checks the same, but answers 500.)
export function isForeignActionCall(method: string, headers: Headers): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
