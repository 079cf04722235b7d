"use server";
// Resellers, for the operator's staff: create, suspend, reactivate. Through the action chain
// (operator staff only); each step is audited.
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
  type ResellerOutcome,
} from "@/lib/tenancy/resellers";

const result = (o: ResellerOutcome): ActionResult => (o.ok ? { ok: true, message: o.message } : o);
const resellers = staffAction.flash("/admin/resellers");
const onReseller = resellers.ids(z.object({ tenantId: recordId }));

export const createResellerAction = resellers
  .input(resellerSchema)
  .run(async ({ user, input }) => result(await createReseller(user.id, input)));

export const suspendResellerAction = onReseller.run(async ({ user, ids }) =>
  result(await setResellerStatus(user.id, ids.tenantId, "suspended")),
);

export const reactivateResellerAction = onReseller.run(async ({ user, ids }) =>
  result(await setResellerStatus(user.id, ids.tenantId, "active")),
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
