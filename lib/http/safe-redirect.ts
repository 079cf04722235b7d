// Where a `next` / callback URL may send a browser: a path on the store itself, nothing else.
// Browsers read "/\evil.example" and "//evil.example" as another host, so the path must survive a
// round trip through URL resolution against the store's own origin unchanged in origin.
import { env } from "@/lib/config/env";

const BASE = "https://store.invalid";

// storeOrigin: the storefront's own origin when it is a reseller's (APP_URL's is always accepted:
// Auth.js builds its URLs on it).
export function sameOriginPath(target: string | null | undefined, fallback = "/en/account", storeOrigin?: string): string {
  if (!target || target.length > 500 || /[\u0000-\u001f\\]/.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  // Absolute URLs to the store's own origin are accepted by their path (Auth.js sends those).
  const own = [new URL(env().appUrl).origin, storeOrigin && new URL(storeOrigin).origin];
  const local = url.origin === BASE ? target.startsWith("/") && !target.startsWith("//") : own.includes(url.origin);
  return local ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
