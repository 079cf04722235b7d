"use server";
// Staff actions on one order: each checks the caller is staff (404 otherwise) and validates input.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addOrderNote, resendActivationEmail, retryFulfilment } from "@/lib/admin/order-actions";
import { requireStaff } from "@/lib/auth/session";
import { fulfilSoon } from "@/lib/fulfilment/start";

const orderId = z.string().regex(/^[a-z0-9]{20,40}$/);

export async function retryFulfilmentAction(form: FormData) {
  const staff = await requireStaff();
  const id = orderId.parse(form.get("orderId"));
  fulfilSoon(await retryFulfilment(staff.id, id));
  revalidatePath(`/admin/orders/${id}`);
}

export async function resendEmailAction(form: FormData) {
  const staff = await requireStaff();
  const id = orderId.parse(form.get("orderId"));
  await resendActivationEmail(staff.id, id);
  revalidatePath(`/admin/orders/${id}`);
}

export async function addNoteAction(form: FormData) {
  const staff = await requireStaff();
  const id = orderId.parse(form.get("orderId"));
  const text = z.string().trim().min(1).max(2000).parse(form.get("note"));
  await addOrderNote(staff.id, id, text);
  revalidatePath(`/admin/orders/${id}`);
}
