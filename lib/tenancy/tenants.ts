// The tenants as this process sees them: the host → tenant resolver the proxy uses, and a
// tenant's public origin (the base of every absolute URL it sends: sign-in links, emails).
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { requestTenantId } from "./context";
import { tenantBrand } from "./brand";
import { hostResolver, type HostTenant } from "./hosts";

let resolve: ((host: string | null, pathname: string) => Promise<HostTenant | null>) | undefined;

export function tenantOfHost(host: string | null, pathname: string): Promise<HostTenant | null> {
  const e = env();
  resolve ??= hostResolver(e.hosts, e.appUrl, (name) =>
    db.tenant.findFirst({ where: { hosts: { has: name } }, select: { id: true, slug: true, hosts: true, defaultLocale: true } }),
  );
  return resolve(host, pathname);
}

export async function tenantOrigin(tenantId: string): Promise<string> {
  return (await tenantBrand(tenantId)).origin;
}

// The origin of the storefront this request (or record's asTenant scope) belongs to.
export async function currentOrigin(): Promise<string> {
  return tenantOrigin(await requestTenantId());
}
