"use server";
// Resellers, for the operator's staff: create, brand, suspend, reactivate. Through the action chain
// (operator staff only); each step is audited.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fromOutcome, staffAction, type ActionResult } from "@/lib/actions/chain";
import { recordId } from "@/lib/actions/fields";
import {
  createReseller,
  dailyCapSchema,
  findReseller,
  resellerSchema,
  setDailyCostCap,
  setResellerStatus,
  startOnboarding,
  updateBrand,
  type ResellerOutcome,
} from "@/lib/tenancy/resellers";
import { CATALOGUE_TAG } from "@/lib/catalogue/cached";
import { deleteRule, ruleDraftSchema, saveRule, toDraft } from "@/lib/catalogue/pricing-rules";
import { env } from "@/lib/config/env";
import { tenantTag } from "@/lib/tenancy/brand";
import { brandSchema } from "@/lib/tenancy/brand-input";

const result = (o: ResellerOutcome): ActionResult => (o.ok ? { ok: true, message: o.message } : o);
// A change its storefront shows (brand, suspension): its cached pages are rendered again.
const refreshed = (o: ResellerOutcome): ActionResult => {
  if (o.ok && o.slug) updateTag(tenantTag(o.slug));
  return result(o);
};
const resellers = staffAction.flash("/admin/resellers");
const onReseller = resellers.ids(z.object({ tenantId: recordId }));

export const createResellerAction = resellers
  .input(resellerSchema)
  .run(async ({ user, input }) => result(await createReseller(user.id, input)));

export const suspendResellerAction = onReseller.run(async ({ user, ids }) =>
  refreshed(await setResellerStatus(user.id, ids.tenantId, "suspended")),
);

export const reactivateResellerAction = onReseller.run(async ({ user, ids }) =>
  refreshed(await setResellerStatus(user.id, ids.tenantId, "active")),
);

export const setDailyCapAction = onReseller
  .input(dailyCapSchema)
  .run(async ({ user, ids, input }) => result(await setDailyCostCap(user.id, ids.tenantId, input.cap)));

// To Stripe's hosted onboarding page for the reseller's connected account.
export const startOnboardingAction = onReseller.run(async ({ user, ids }) => {
  const started = await startOnboarding(user.id, ids.tenantId);
  if (!started.ok) return started;
  redirect(started.url);
});

export const updateBrandAction = staffAction
  .ids(z.object({ tenantId: recordId }))
  .flash(({ ids }) => `/admin/resellers/${ids.tenantId}`)
  .input(brandSchema)
  .run(async ({ user, ids, input }) => refreshed(await updateBrand(user.id, ids.tenantId, input)));

// A reseller's pricing rules: its cost (what the operator charges it) and its retail prices over
// that cost. Saving reprices its list and refreshes cached pages.
const tier = z.enum(["cost", "retail"]);
const aReseller = async ({ ids }: { ids: { tenantId: string } }) => ((await findReseller(ids.tenantId)) ? {} : null);
const onResellerPrices = staffAction
  .ids(z.object({ tenantId: recordId, tier }))
  .use(aReseller)
  .flash(({ ids }) => `/admin/resellers/${ids.tenantId}`);

export const saveResellerRuleAction = onResellerPrices.input(ruleDraftSchema).run(async ({ user, ids, input }) => {
  const currency = env().STORE_CURRENCY;
  const result = await saveRule(user.id, toDraft(input, currency), currency, ids);
  if (result.ok) updateTag(CATALOGUE_TAG);
  return fromOutcome(result);
});

export const deleteResellerRuleAction = staffAction
  .ids(z.object({ tenantId: recordId, tier, ruleId: recordId }))
  .use(aReseller)
  .flash(({ ids }) => `/admin/resellers/${ids.tenantId}`)
  .run(async ({ user, ids }) => {
    const result = await deleteRule(user.id, ids.ruleId, env().STORE_CURRENCY, { tenantId: ids.tenantId, tier: ids.tier });
    if (result.ok) updateTag(CATALOGUE_TAG);
    return fromOutcome(result);
  });
