// /robots.txt – everything public may be indexed; orders, accounts, tools and APIs may not. The
// sitemap is the host's storefront's own.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { currentBrand } from "@/lib/tenancy/brand";

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/order/", "/account", "/admin", "/dev/", "/api/", "/search"] },
    sitemap: `${(await currentBrand()).origin}/sitemap.xml`,
  };
}
