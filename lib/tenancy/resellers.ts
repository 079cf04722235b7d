// The operator's staff manage resellers here: create one with its hosts and eSIM Go branding
// profile, suspend it (its sales stop at once; its customers keep their eSIMs) and reactivate it.
// A host belongs to one storefront: never the operator's own, never two resellers'.
import { z } from "zod";
import { salesSince } from "@/lib/admin/dashboard";
import { audit } from "@/lib/audit";
import { repriceCurrencies } from "@/lib/catalogue/currency-prices";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { CURRENCIES, LOCALES } from "@/lib/i18n/locales";
import { toMinor } from "@/lib/money/minor-units";
import { onboardingLink, refreshAccountStatus } from "@/lib/payments/connect";
import type { BrandInput } from "./brand-input";
import { OPERATOR } from "./context";

const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{2,5})?$/, "Enter hosts such as shop.nomadic.example");

export const resellerSchema = z.object({
  name: z.string().trim().min(2, "Give the reseller's name").max(80),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/, "A slug is 3 to 40 letters, digits or dashes"),
  hosts: z
    .string()
    .transform((list) => list.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(host).min(1, "Give at least one host").max(10)),
  profileId: z
    .string()
    .trim()
    .max(100)
    .transform((p) => p || null),
  defaultLocale: z.enum(LOCALES),
  defaultCurrency: z.enum(CURRENCIES),
});
export type ResellerInput = z.output<typeof resellerSchema>;
// slug: the storefront whose cached pages show what changed (the action refreshes them).
export type ResellerOutcome = { ok: true; message: string; slug?: string } | { ok: false; error: string };

// Each reseller with its last 30 days: paid orders, revenue, what they cost at eSIM Go, margin
// (in the store's base currency).
export async function listResellers(now = Date.now()) {
  const resellers = await db.tenant.findMany({ where: { id: { not: OPERATOR } }, orderBy: { createdAt: "desc" } });
  const since = new Date(now - 30 * 86_400_000);
  return Promise.all(resellers.map(async (r) => ({ ...r, sales: await salesSince(since, r.id) })));
}

export function findReseller(tenantId: string) {
  return tenantId === OPERATOR ? null : db.tenant.findUnique({ where: { id: tenantId } });
}

// A few plans with each tier of their price: wholesale, the reseller's cost, its retail price and
// the operator's own, so staff see what a rule does.
export function priceSample(tenantId: string, currency: string) {
  return db.bundle.findMany({
    where: { active: true, enabled: true, scope: "country", countries: { has: "JP" } },
    orderBy: { wholesaleMinor: "asc" },
    take: 6,
    select: {
      name: true,
      wholesaleMinor: true,
      prices: {
        where: { currency, tenantId: { in: [tenantId, OPERATOR] } },
        select: { tenantId: true, retailMinor: true, costMinor: true },
      },
    },
  });
}

export async function createReseller(actorId: string, input: ResellerInput): Promise<ResellerOutcome> {
  const own = input.hosts.find((h) => env().hosts.includes(h));
  if (own) return { ok: false, error: `${own} is the operator's own host` };
  const created = await db.$transaction(async (tx) => {
    // One at a time, so two resellers cannot claim the same host together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('tenant-hosts', 0))`;
    const taken = await tx.tenant.findFirst({ where: { OR: [{ slug: input.slug }, { hosts: { hasSome: input.hosts } }] } });
    if (taken) return { ok: false as const, error: `${taken.name} already has that slug or host` };
    const tenant = await tx.tenant.create({ data: input });
    await audit(actorId, "reseller.create", { type: "Tenant", id: tenant.id }, { hosts: input.hosts }, tx);
    return { ok: true as const, tenant };
  });
  if (!created.ok) return created;
  await repriceCurrencies(created.tenant.id); // its price list, from the default rules until staff set its own
  return { ok: true, message: `${created.tenant.name} created on ${input.hosts[0]}` };
}

export async function setResellerStatus(actorId: string, tenantId: string, status: "active" | "suspended"): Promise<ResellerOutcome> {
  if (tenantId === OPERATOR) return { ok: false, error: "The operator cannot be suspended" };
  const { count } = await db.tenant.updateMany({
    where: { id: tenantId, status: status === "active" ? "suspended" : "active" },
    data: { status },
  });
  if (count === 0) return { ok: false, error: `Already ${status}` };
  await audit(actorId, status === "active" ? "reseller.reactivate" : "reseller.suspend", { type: "Tenant", id: tenantId });
  const { slug } = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true } });
  const message = status === "active" ? "Reactivated: it sells again" : "Suspended: it sells nothing until reactivated";
  return { ok: true, message, slug };
}

// The daily cost cap in the wholesale currency's major units ("250.00"); empty: no cap.
export const dailyCapSchema = z.object({
  cap: z
    .string()
    .trim()
    .regex(/^(\d{1,7}(\.\d{1,2})?)?$/, "Enter an amount such as 250.00, or nothing for no cap")
    .transform((cap) => (cap === "" ? null : toMinor(Number(cap), env().STORE_CURRENCY))),
});

export async function setDailyCostCap(actorId: string, tenantId: string, capMinor: number | null): Promise<ResellerOutcome> {
  if (tenantId === OPERATOR) return { ok: false, error: "The operator has no cap" };
  const tenant = await db.tenant.update({ where: { id: tenantId }, data: { dailyCostCapMinor: capMinor } });
  await audit(actorId, "reseller.daily-cap", { type: "Tenant", id: tenantId }, { capMinor });
  return { ok: true, message: capMinor === null ? `${tenant.name}: no daily cap` : `${tenant.name}: daily cap set` };
}

// Stripe's onboarding page for the reseller's connected account (made on first use); back to the
// Resellers page, which then reads the account's status from Stripe.
export async function startOnboarding(
  actorId: string,
  tenantId: string,
): Promise<{ ok: true; url: string } | { ok: false; error: string }> {
  const reseller = await db.tenant.findUnique({ where: { id: tenantId } });
  if (!reseller || reseller.id === OPERATOR) return { ok: false, error: "Unknown reseller" };
  const back = `${env().appUrl}/admin/resellers?connect=${reseller.id}`;
  const url = await onboardingLink(reseller, { returnUrl: back, refreshUrl: back });
  await audit(actorId, "reseller.connect-onboarding", { type: "Tenant", id: reseller.id });
  return { ok: true, url };
}

// Someone came back from onboarding: Stripe says whether the account may take payments now.
export async function afterOnboarding(tenantId: string): Promise<void> {
  const reseller = await db.tenant.findUnique({ where: { id: tenantId }, select: { stripeAccountId: true } });
  if (reseller?.stripeAccountId) await refreshAccountStatus(reseller.stripeAccountId);
}

export async function updateBrand(actorId: string, tenantId: string, brand: BrandInput): Promise<ResellerOutcome> {
  if (!(await findReseller(tenantId))) return { ok: false, error: "Unknown reseller" };
  const tenant = await db.tenant.update({ where: { id: tenantId }, data: brand });
  await audit(actorId, "reseller.brand", { type: "Tenant", id: tenantId }, { name: brand.name, brandColor: brand.brandColor });
  return { ok: true, message: `${tenant.name}: brand saved`, slug: tenant.slug };
}

// Where a storefront's sales are paid: null while it may not take new orders (suspended, or a
// reseller whose Stripe account cannot take payments yet; its customers keep their eSIMs); the
// operator's own Stripe account (no destination), or a destination charge to the reseller's
// connected account.
export async function salesAccount(tenantId: string): Promise<{ destination: string | null } | null> {
  const tenant = await db.tenant.findUnique({
    where: { id: tenantId },
    select: { status: true, stripeAccountId: true, stripeChargesEnabled: true },
  });
  if (tenant?.status !== "active") return null;
  if (tenantId === OPERATOR) return { destination: null };
  return tenant.stripeAccountId && tenant.stripeChargesEnabled ? { destination: tenant.stripeAccountId } : null;
}
