// /robots.txt – everything public may be indexed; orders, accounts, tools and APIs may not.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/config/env";

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/order/", "/account", "/admin", "/dev/", "/api/", "/search"] },
    sitemap: `${env().appUrl}/sitemap.xml`,
  };
}
