"use server";
// Save or delete a pricing rule (staff only, through the action chain). Saving reprices the
// catalogue and refreshes the storefront's cached pages.
import { updateTag } from "next/cache";
import { z } from "zod";
import { fromOutcome, staffAction } from "@/lib/actions/chain";
import { recordId } from "@/lib/actions/fields";
import { deleteRule, ruleDraftSchema, saveRule, toDraft } from "@/lib/catalogue/pricing-rules";
import { CATALOGUE_TAG } from "@/lib/catalogue/cached";
import { env } from "@/lib/config/env";

const pricing = staffAction.flash("/admin/pricing");

export const saveRuleAction = pricing.input(ruleDraftSchema).run(async ({ user, input }) => {
  const currency = env().STORE_CURRENCY;
  const result = await saveRule(user.id, toDraft(input, currency), currency);
  if (result.ok) updateTag(CATALOGUE_TAG);
  return fromOutcome(result);
});

export const deleteRuleAction = pricing.ids(z.object({ ruleId: recordId })).run(async ({ user, ids }) => {
  const result = await deleteRule(user.id, ids.ruleId, env().STORE_CURRENCY);
  if (result.ok) updateTag(CATALOGUE_TAG);
  return fromOutcome(result);
});
