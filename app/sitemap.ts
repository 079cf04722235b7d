// /sitemap.xml – every destination and plan the store sells, plus the help pages.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getDestinations, getPlanNames } from "@/lib/catalogue/cached";
import { env } from "@/lib/config/env";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // built from the live catalogue, not at build time
  const base = env().appUrl;
  const [destinations, plans] = await Promise.all([getDestinations(), getPlanNames()]);
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/devices`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${base}/guides/ios`, changeFrequency: "monthly", priority: 0.4 },
    { url: `${base}/guides/android`, changeFrequency: "monthly", priority: 0.4 },
    ...destinations.map((d) => ({ url: `${base}/destinations/${d.iso.toLowerCase()}`, changeFrequency: "daily" as const, priority: 0.8 })),
    ...plans.map((name) => ({ url: `${base}/plans/${name}`, changeFrequency: "weekly" as const, priority: 0.6 })),
  ];
}
