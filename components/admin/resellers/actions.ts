"use server";
// Resellers, for the operator's staff: create, brand, suspend, reactivate. Through the action chain
// (operator staff only); each step is audited.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction, type ActionResult } from "@/lib/actions/chain";
import { recordId } from "@/lib/actions/fields";
import {
  createReseller,
  dailyCapSchema,
  resellerSchema,
  setDailyCostCap,
  setResellerStatus,
  startOnboarding,
  updateBrand,
  type ResellerOutcome,
} from "@/lib/tenancy/resellers";
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
