"use server";
// Staff actions on one order (staff only, through the action chain; each service is audited).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fromOutcome, staffAction } from "@/lib/actions/chain";
import { amount, orderId, reason } from "@/lib/actions/fields";
import { addOrderNote, resendActivationEmail, retryFulfilment } from "@/lib/orders/staff-order-actions";
import { refundOrder } from "@/lib/orders/staff-refund";

const onOrder = staffAction.ids(z.object({ orderId }));

export const retryFulfilmentAction = onOrder.run(async ({ user, ids }) => {
  await retryFulfilment(user.id, ids.orderId);
  revalidatePath(`/admin/orders/${ids.orderId}`);
  return { ok: true };
});

export const resendEmailAction = onOrder.run(async ({ user, ids }) => {
  await resendActivationEmail(user.id, ids.orderId);
  revalidatePath(`/admin/orders/${ids.orderId}`);
  return { ok: true };
});

export const addNoteAction = onOrder
  .input(z.object({ note: z.string().trim().min(1, "Write a note").max(2000) }))
  .run(async ({ user, ids, input }) => {
    await addOrderNote(user.id, ids.orderId, input.note);
    revalidatePath(`/admin/orders/${ids.orderId}`);
    return { ok: true };
  });

export const refundOrderAction = onOrder
  .flash(({ ids }) => `/admin/orders/${ids.orderId}`)
  .input(z.object({ amount, method: z.enum(["card", "credit"], "Choose card or credit"), reason }))
  .run(async ({ user, ids, input }) => fromOutcome(await refundOrder(user.id, ids.orderId, input)));
