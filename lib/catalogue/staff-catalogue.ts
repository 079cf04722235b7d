// Staff view of the catalogue: bundles with filters, the staff switches (bundle enabled,
// destination featured) and catalogue syncs. Switches are audited.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { audit } from "@/lib/audit";

export const bundleFiltersSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  scope: z.enum(["all", "country", "regional", "global"]).catch("all"),
  status: z.enum(["all", "on_sale", "disabled", "withdrawn"]).catch("all"),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type BundleFilters = z.infer<typeof bundleFiltersSchema>;
export const BUNDLE_PAGE_SIZE = 50;

function bundleWhere(f: BundleFilters): Prisma.BundleWhereInput {
  const iso = /^[A-Za-z]{2}$/.test(f.q) ? f.q.toUpperCase() : null;
  return {
    ...(f.q ? { OR: [{ name: { contains: f.q, mode: "insensitive" } }, ...(iso ? [{ countries: { has: iso } }] : [])] } : {}),
    ...(f.scope !== "all" ? { scope: f.scope } : {}),
    ...(f.status === "on_sale"
      ? { active: true, enabled: true }
      : f.status === "disabled"
        ? { enabled: false }
        : f.status === "withdrawn"
          ? { active: false }
          : {}),
  };
}

export async function findBundles(f: BundleFilters) {
  const where = bundleWhere(f);
  const [bundles, total] = await Promise.all([
    db.bundle.findMany({
      where,
      orderBy: [{ countries: "asc" }, { wholesaleMinor: "asc" }],
      take: BUNDLE_PAGE_SIZE,
      skip: (f.page - 1) * BUNDLE_PAGE_SIZE,
    }),
    db.bundle.count({ where }),
  ]);
  return { bundles, total };
}

export async function setBundleEnabled(staffId: string, bundleId: string, enabled: boolean) {
  const { count } = await db.bundle.updateMany({ where: { id: bundleId }, data: { enabled } });
  if (count) await audit(staffId, enabled ? "bundle_enabled" : "bundle_disabled", { type: "bundle", id: bundleId });
  return count > 0;
}

export async function setFeatured(staffId: string, iso: string, featured: boolean) {
  const { count } = await db.country.updateMany({ where: { iso }, data: { featured } });
  if (count) await audit(staffId, featured ? "destination_featured" : "destination_unfeatured", { type: "country", id: iso });
  return count > 0;
}

export async function startSync(staffId: string) {
  await enqueue(QUEUES.catalogueSync.name, {}, { singletonKey: "staff-sync" });
  await audit(staffId, "catalogue_sync_requested", { type: "catalogue", id: "sync" });
}

export const recentSyncs = () => db.catalogueSync.findMany({ orderBy: { startedAt: "desc" }, take: 5 });

// Destinations to feature on the home page: featured first, then by name; q is a name or an ISO code.
export function destinationsForFeaturing(q: string) {
  return db.country.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { iso: q.toUpperCase() }] } : {},
    orderBy: [{ featured: "desc" }, { name: "asc" }],
  });
}
