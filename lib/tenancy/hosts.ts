// Which tenant a Host header names. The operator answers on its own hosts (APP_URL's, STORE_HOSTS;
// lib/http/store-hosts.ts); a reseller on the hosts stored with it. Anything else is no store: the
// proxy answers 404. Lookups are cached for half a minute per process (unknown hosts too, so a
// stream of made-up hosts costs one query each, within a bounded cache).
import { servesHost } from "@/lib/http/store-hosts";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { OPERATOR } from "./context";

// slug: the storefront's [site] segment the proxy rewrites its pages into.
export type HostTenant = { id: string; slug: string; origin: string; defaultLocale: string };

// A reseller's public origin: its first host, on APP_URL's protocol (never a host a request named).
export const resellerOrigin = (appUrl: string, hosts: string[]) => `${new URL(appUrl).protocol}//${hosts[0]}`;
type Lookup = (host: string) => Promise<{ id: string; slug: string; hosts: string[]; defaultLocale: string } | null>;

const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

export function hostResolver(operatorHosts: readonly string[], appUrl: string, lookup: Lookup, now: () => number = Date.now) {
  const operator: HostTenant = { id: OPERATOR, slug: OPERATOR, origin: new URL(appUrl).origin, defaultLocale: DEFAULT_LOCALE };
  const cache = new Map<string, { tenant: HostTenant | null; until: number }>();

  return async function tenantOfHost(host: string | null, pathname: string): Promise<HostTenant | null> {
    if (servesHost(operatorHosts, host, pathname)) return operator;
    if (!host) return null;
    const key = host.toLowerCase();
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.tenant;
    const found = await lookup(key);
    // Links and redirects use the reseller's first host, never the one the request named.
    const tenant = found && {
      id: found.id,
      slug: found.slug,
      origin: resellerOrigin(appUrl, found.hosts),
      defaultLocale: found.defaultLocale,
    };
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { tenant, until: now() + TTL_MS });
    return tenant;
  };
}
