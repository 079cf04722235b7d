"use server";
// One-click reconciliation fixes (staff only).
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordLostPayment, refundOrphanPayment, retryLine } from "@/lib/admin/reconciliation-fixes";
import { requireStaff } from "@/lib/auth/session";
import { fulfilSoon } from "@/lib/fulfilment/start";
import { assertForm, formField } from "@/lib/http/form-input";

const lineId = z.string().regex(/^[a-z0-9]{20,40}$/);
const sessionId = z.string().regex(/^cs_[A-Za-z0-9_]{8,200}$/);
const back = (fix: { ok: boolean; message: string }): never => redirect(`/admin/reconciliation?${fix.ok ? "result" : "error"}=${encodeURIComponent(fix.message)}`);

export async function retryLineAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const fix = await retryLine(staff.id, formField(lineId, form.get("lineId")));
  fulfilSoon(fix.lineIds ?? []);
  back(fix);
}

export async function recordPaymentAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const fix = await recordLostPayment(staff.id, formField(sessionId, form.get("sessionId")));
  fulfilSoon(fix.lineIds ?? []);
  back(fix);
}

export async function refundPaymentAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  back(await refundOrphanPayment(staff.id, formField(sessionId, form.get("sessionId"))));
}
