// A storefront's brand: the operator's (lib/config/brand.ts, app/globals.css) or a reseller's as
// stored on its Tenant row. Storefront pages read it by their [site] segment (cached, tagged per
// tenant so a brand or status change refreshes that tenant's pages only); emails and receipts by
// the tenant they act for.
import { unstable_cache } from "next/cache";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BRAND } from "@/lib/config/brand";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OPERATOR, requestTenantId } from "./context";
import { resellerOrigin } from "./hosts";

export type SiteBrand = {
  tenantId: string;
  slug: string;
  name: string;
  tagline: string | null; // null: the translated default
  color: string | null; // null: the stylesheet's own
  logo: string | null;
  favicon: string | null;
  supportEmail: string | null;
  legalFooter: string | null;
  senderName: string;
  replyTo: string | null;
  suspended: boolean;
  origin: string;
};

export const tenantTag = (slug: string) => `tenant:${slug}`;

const BRAND_FIELDS = {
  id: true,
  slug: true,
  name: true,
  status: true,
  hosts: true,
  tagline: true,
  brandColor: true,
  logo: true,
  favicon: true,
  emailSenderName: true,
  emailReplyTo: true,
  supportEmail: true,
  legalFooter: true,
} as const;

type Row = Prisma.TenantGetPayload<{ select: typeof BRAND_FIELDS }>;

function brandOf(row: Row): SiteBrand {
  const appUrl = env().appUrl;
  const operator = row.id === OPERATOR;
  const name = operator ? BRAND.name : row.name;
  return {
    tenantId: row.id,
    slug: row.slug,
    name,
    tagline: row.tagline,
    color: row.brandColor,
    logo: row.logo,
    favicon: row.favicon ?? row.logo,
    supportEmail: row.supportEmail,
    legalFooter: row.legalFooter,
    senderName: row.emailSenderName ?? name,
    replyTo: row.emailReplyTo ?? row.supportEmail,
    suspended: row.status === "suspended",
    origin: operator ? new URL(appUrl).origin : resellerOrigin(appUrl, row.hosts),
  };
}

// Tenant rows are not customer data: read outside any tenant's scope.
const bySlug = (slug: string) =>
  unstable_cache(
    async () => {
      const row = await db.tenant.findUnique({ where: { slug }, select: BRAND_FIELDS });
      return row ? brandOf(row) : null;
    },
    ["site-brand", slug],
    { tags: [tenantTag(slug)] },
  )();

// One read per render, however many layouts and pages ask.
export const siteBrand = cache(bySlug);

// The tenant whose storefront a [site] segment is (the layout has answered 404 for any other).
export async function siteTenantId(site: string): Promise<string> {
  return (await siteBrand(site))?.tenantId ?? notFound();
}

export async function tenantBrand(tenantId: string): Promise<SiteBrand> {
  return brandOf(await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: BRAND_FIELDS }));
}

// The brand of the storefront this request (or record's asTenant scope) belongs to.
export async function currentBrand(): Promise<SiteBrand> {
  return tenantBrand(await requestTenantId());
}
