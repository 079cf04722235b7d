// Staff editing of pricing rules: a draft is validated (its match must name something that
// exists), previewed, then saved; saving reprices the catalogue at once. Audited. The operator's
// retail rules price its own storefront; a reseller's cost and retail rules its price list.
import { z } from "zod";
import { repriceCurrencies } from "@/lib/catalogue/currency-prices";
import { repriceAll } from "@/lib/catalogue/reprice";
import type { RuleDraft } from "@/lib/catalogue/pricing-preview";
import { OPERATOR_RETAIL } from "@/lib/catalogue/pricing";
import { db } from "@/lib/db";
import { toMinor } from "@/lib/money/minor-units";
import { audit } from "@/lib/audit";

export const ruleDraftSchema = z
  .object({
    scope: z.enum(["default", "group", "region", "country", "bundle"]),
    match: z.string().trim().max(100).catch(""),
    markupPct: z.coerce.number().min(0, "Markup cannot be negative").max(500, "Markup above 500 % is surely a typo"),
    minMargin: z.coerce.number().min(0).max(1000),
    charmEnding: z.union([z.literal(""), z.coerce.number().int().min(0).max(99)]).catch(""),
    active: z
      .union([z.literal("on"), z.literal("true")])
      .optional()
      .transform(Boolean),
  })
  .refine((d) => d.scope === "default" || d.match.length > 0, {
    message: "Say which group, region, country or bundle the rule applies to",
    path: ["match"],
  });

export type RuleForm = z.infer<typeof ruleDraftSchema>;

export function toDraft(form: RuleForm, currency: string): RuleDraft {
  return {
    scope: form.scope,
    match: form.scope === "default" ? null : form.scope === "country" ? form.match.toUpperCase() : form.match,
    markupBps: Math.round(form.markupPct * 100),
    minMarginMinor: toMinor(form.minMargin, currency),
    charmEnding: form.charmEnding === "" ? null : form.charmEnding,
    active: form.active,
  };
}

// The match must name something the catalogue has, so a typo cannot silently price nothing.
export async function unknownMatch(draft: RuleDraft): Promise<string | null> {
  if (draft.scope === "default" || draft.match === null) return null;
  const found =
    draft.scope === "country"
      ? await db.country.count({ where: { iso: draft.match } })
      : draft.scope === "bundle"
        ? await db.bundle.count({ where: { name: draft.match } })
        : draft.scope === "region"
          ? await db.bundle.count({ where: { region: draft.match } })
          : await db.bundle.count({ where: { groups: { has: draft.match } } });
  return found > 0 ? null : `No ${draft.scope} called “${draft.match}” in the catalogue.`;
}

// Whose rules: the operator's retail rules (the default), or a reseller's cost or retail rules.
export type RuleOwner = { tenantId: string; tier: "retail" | "cost" };
type Outcome = { ok: boolean; message: string };

// The operator's rules set the base prices (and every list follows); a reseller's, its own list.
async function repriceFor(owner: RuleOwner, currency: string): Promise<string> {
  if (owner.tenantId !== OPERATOR_RETAIL.tenantId) return `${await repriceCurrencies(owner.tenantId)} prices in its list.`;
  const changed = await repriceAll(currency);
  return `${changed} price${changed === 1 ? "" : "s"} changed.`;
}

export async function saveRule(staffId: string, draft: RuleDraft, currency: string, owner: RuleOwner = OPERATOR_RETAIL): Promise<Outcome> {
  const problem = await unknownMatch(draft);
  if (problem) return { ok: false, message: problem };
  const data = { markupBps: draft.markupBps, minMarginMinor: draft.minMarginMinor, charmEnding: draft.charmEnding, active: draft.active };
  // Prisma's compound unique cannot match a null `match`, so the default rule is found by hand.
  const existing = await db.pricingRule.findFirst({ where: { ...owner, scope: draft.scope, match: draft.match } });
  const rule = existing
    ? await db.pricingRule.update({ where: { id: existing.id }, data })
    : await db.pricingRule.create({ data: { ...owner, scope: draft.scope, match: draft.match, ...data } });
  const prices = await repriceFor(owner, currency);
  await audit(staffId, "pricing_rule_saved", { type: "pricing_rule", id: rule.id }, { ...draft, ...owner, prices });
  return { ok: true, message: `Rule saved; ${prices}` };
}

export async function deleteRule(staffId: string, ruleId: string, currency: string, owner: RuleOwner = OPERATOR_RETAIL): Promise<Outcome> {
  const rule = await db.pricingRule.findUnique({ where: { id: ruleId, ...owner } });
  if (!rule) return { ok: false, message: "This rule no longer exists." };
  await db.pricingRule.delete({ where: { id: ruleId } });
  const changed = await repriceFor(owner, currency);
  await audit(
    staffId,
    "pricing_rule_deleted",
    { type: "pricing_rule", id: ruleId },
    { scope: rule.scope, match: rule.match, ...owner, prices: changed },
  );
  return { ok: true, message: `Rule deleted; ${changed}` };
}

export function pricingRules(owner: RuleOwner = OPERATOR_RETAIL) {
  return db.pricingRule.findMany({ where: owner, orderBy: [{ scope: "asc" }, { match: "asc" }] });
}
