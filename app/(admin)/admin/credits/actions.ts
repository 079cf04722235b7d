"use server";
// The staff credit ledger: record (pending), confirm, void, reverse. Staff only; each step audited.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { confirmCredit, recordCredit, recordCreditSchema, reverseCredit, voidCredit, type CreditOutcome } from "@/lib/credits/staff-credits";
import { env } from "@/lib/env";
import { assertForm, formField } from "@/lib/http/form-input";

const entryId = z.string().regex(/^[a-z0-9]{20,40}$/);
const reason = z.string().trim().min(3, "Give a reason").max(200);

function back(outcome: CreditOutcome, email = ""): never {
  const query = new URLSearchParams({ [outcome.ok ? "result" : "error"]: outcome.ok ? outcome.message : outcome.error, ...(email ? { email } : {}) });
  redirect(`/admin/credits?${query}`);
}

export async function recordCreditAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const parsed = recordCreditSchema.safeParse({ email: form.get("email"), amount: form.get("amount"), reason: form.get("reason"), orderId: form.get("orderId") ?? "" });
  if (!parsed.success) back({ ok: false, error: parsed.error.issues[0].message });
  back(await recordCredit(staff.id, parsed.data, env().STORE_CURRENCY), parsed.data.email);
}

export async function confirmCreditAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  back(await confirmCredit(staff.id, formField(entryId, form.get("entryId"))));
}

export async function voidCreditAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const why = reason.safeParse(form.get("reason"));
  if (!why.success) back({ ok: false, error: why.error.issues[0].message });
  back(await voidCredit(staff.id, formField(entryId, form.get("entryId")), why.data));
}

export async function reverseCreditAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const why = reason.safeParse(form.get("reason"));
  if (!why.success) back({ ok: false, error: why.error.issues[0].message });
  back(await reverseCredit(staff.id, formField(entryId, form.get("entryId")), why.data));
}
