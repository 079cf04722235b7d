"use server";
// Staff actions on one order: each checks the caller is staff (404 otherwise) and validates input.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addOrderNote, resendActivationEmail, retryFulfilment } from "@/lib/admin/order-actions";
import { refundOrder } from "@/lib/admin/order-refund";
import { requireStaff } from "@/lib/auth/session";
import { fulfilSoon } from "@/lib/fulfilment/start";
import { assertForm, formField } from "@/lib/http/form-input";

const orderId = z.string().regex(/^[a-z0-9]{20,40}$/);

export async function retryFulfilmentAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const id = formField(orderId, form.get("orderId"));
  fulfilSoon(await retryFulfilment(staff.id, id));
  revalidatePath(`/admin/orders/${id}`);
}

export async function resendEmailAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const id = formField(orderId, form.get("orderId"));
  await resendActivationEmail(staff.id, id);
  revalidatePath(`/admin/orders/${id}`);
}

export async function addNoteAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const id = formField(orderId, form.get("orderId"));
  const text = formField(z.string().trim().min(1).max(2000), form.get("note"));
  await addOrderNote(staff.id, id, text);
  revalidatePath(`/admin/orders/${id}`);
}

const refundSchema = z.object({
  amount: z.string().trim().regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter an amount such as 4.99").transform(Number).refine((a) => a > 0, "Enter an amount above zero"),
  method: z.enum(["card", "credit"]),
  reason: z.string().trim().min(3, "Give a reason").max(200),
});

export async function refundOrderAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const id = formField(orderId, form.get("orderId"));
  const input = refundSchema.safeParse({ amount: form.get("amount"), method: form.get("method"), reason: form.get("reason") });
  const result = input.success ? await refundOrder(staff.id, id, { amount: input.data.amount, method: input.data.method, reason: input.data.reason }) : { ok: false, message: input.error.issues[0].message };
  redirect(`/admin/orders/${id}?${result.ok ? "result" : "error"}=${encodeURIComponent(result.message)}`);
}
