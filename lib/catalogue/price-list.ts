// Whose price list a page shows: a storefront page's is its [site]'s (cached per storefront), a
// request's (My Account, APIs) the tenant the proxy resolved from the host.
import { requestTenantId } from "@/lib/tenancy/context";
import { siteTenantId } from "@/lib/tenancy/brand";
import type { PriceList } from "./plans";

export async function sitePrices(site: string, currency: string): Promise<PriceList> {
  return { tenantId: await siteTenantId(site), currency };
}

export async function requestPrices(currency: string): Promise<PriceList> {
  return { tenantId: await requestTenantId(), currency };
}
