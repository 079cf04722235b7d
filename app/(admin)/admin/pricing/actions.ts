"use server";
// Save or delete a pricing rule (staff only). Saving reprices the catalogue and refreshes the
// storefront's cached pages.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteRule, ruleDraftSchema, saveRule, toDraft } from "@/lib/admin/pricing-rules";
import { requireStaff } from "@/lib/auth/session";
import { CATALOGUE_TAG } from "@/lib/catalogue/cached";
import { env } from "@/lib/env";
import { assertForm, formField } from "@/lib/http/form-input";

const fields = (form: FormData) => Object.fromEntries(["scope", "match", "markupPct", "minMargin", "charmEnding", "active"].map((k) => [k, form.get(k) ?? undefined]));

export async function saveRuleAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const parsed = ruleDraftSchema.safeParse(fields(form));
  if (!parsed.success) redirect(`/admin/pricing?error=${encodeURIComponent(parsed.error.issues[0].message)}`);
  const result = await saveRule(staff.id, toDraft(parsed.data, env().STORE_CURRENCY), env().STORE_CURRENCY);
  if (result.ok) updateTag(CATALOGUE_TAG);
  redirect(`/admin/pricing?${result.ok ? "result" : "error"}=${encodeURIComponent(result.message)}`);
}

export async function deleteRuleAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const result = await deleteRule(staff.id, formField(z.string().regex(/^[a-z0-9]{20,40}$/), form.get("ruleId")), env().STORE_CURRENCY);
  if (result.ok) updateTag(CATALOGUE_TAG);
  redirect(`/admin/pricing?${result.ok ? "result" : "error"}=${encodeURIComponent(result.message)}`);
}
