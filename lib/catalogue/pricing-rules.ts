// Staff editing of pricing rules: a draft is validated (its match must name something that
// exists), previewed, then saved; saving reprices the catalogue at once. Audited.
import { z } from "zod";
import { repriceAll } from "@/lib/catalogue/reprice";
import type { RuleDraft } from "@/lib/catalogue/pricing-preview";
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

export async function saveRule(staffId: string, draft: RuleDraft, currency: string): Promise<{ ok: boolean; message: string }> {
  const problem = await unknownMatch(draft);
  if (problem) return { ok: false, message: problem };
  const data = { markupBps: draft.markupBps, minMarginMinor: draft.minMarginMinor, charmEnding: draft.charmEnding, active: draft.active };
  // Prisma's compound unique cannot match a null `match`, so the default rule is found by hand.
  const existing = await db.pricingRule.findFirst({ where: { scope: draft.scope, match: draft.match } });
  const rule = existing
    ? await db.pricingRule.update({ where: { id: existing.id }, data })
    : await db.pricingRule.create({ data: { scope: draft.scope, match: draft.match, ...data } });
  const changed = await repriceAll(currency);
  await audit(staffId, "pricing_rule_saved", { type: "pricing_rule", id: rule.id }, { ...draft, pricesChanged: changed });
  return { ok: true, message: `Rule saved; ${changed} price${changed === 1 ? "" : "s"} changed.` };
}

export async function deleteRule(staffId: string, ruleId: string, currency: string): Promise<{ ok: boolean; message: string }> {
  const rule = await db.pricingRule.findUnique({ where: { id: ruleId } });
  if (!rule) return { ok: false, message: "This rule no longer exists." };
  await db.pricingRule.delete({ where: { id: ruleId } });
  const changed = await repriceAll(currency);
  await audit(
    staffId,
    "pricing_rule_deleted",
    { type: "pricing_rule", id: ruleId },
    { scope: rule.scope, match: rule.match, pricesChanged: changed },
  );
  return { ok: true, message: `Rule deleted; ${changed} price${changed === 1 ? "" : "s"} changed.` };
}

export function pricingRules() {
  return db.pricingRule.findMany({ orderBy: [{ scope: "asc" }, { match: "asc" }] });
}
